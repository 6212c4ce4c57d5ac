<!DOCTYPE html>
<html>
<body>
<?php
declare(strict_types=1);

namespace App\Controller;

use App\Service\{UserService, Mailer};
use function strlen;

/**
 * Lists users.
 */
final class UserController extends AbstractController implements Countable
{
    public const MAX = 100;
    private readonly UserService $users;

    public function __construct(UserService $users, private ?Mailer $mailer = null)
    {
        $this->users = $users;
    }

    public static function list(int $page = 1, string ...$tags): array
    {
        $items = array_map(fn($u) => strtoupper($u->name), $this->users->all());
        $name = "Page {$page} of ${total}: $items[0] \n\t\x41";
        $sql = <<<SQL
SELECT * FROM users WHERE id = $id
SQL;
        if (count($items) > self::MAX && E_USER_WARNING) {
            throw new \RuntimeException('too many: ' . count($items));
        }
        try { echo 'it\'s', 0x1F, 0b101, 1_000, 1.5e3; } catch (LogicException | TypeError $e) { var_dump($e); }
        return $items ?? [];
    }
}
$anon = new class { public $x = true; };
?>
<p><?= htmlspecialchars($title) ?></p>
</body>
</html>
