<?hh // strict
namespace App\Models;

use namespace HH\Lib\{C, Vec};

enum Status: int { ACTIVE = 1; DISABLED = 0; }
newtype UserId = int;

/* HH_FIXME[4110] legacy call */
final class User {
  public function __construct(private UserId $id, private string $name) {}

  public async function loadFriendsAsync(): Awaitable<vec<User>> {
    $ids = await fetch_ids_async($this->id);
    return Vec\map($ids, $id ==> new User($id, "friend #{$id}"));
  }

  public function toDict(): dict<string, mixed> {
    return dict['id' => $this->id, 'name' => $this->name, 'ok' => true];
  }
}

function main(): void {
  $u = new User(42, 'Ann');
  // UNSAFE_EXPR
  echo C\count(vec[1, 2, 3]) . "\n";
  $k = keyset['a', 'b'];
}
