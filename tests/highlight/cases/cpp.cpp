#include <iostream>
#include <vector>

namespace kiln {

template <typename T>
class Cache final : public Base {
public:
    explicit Cache(std::size_t cap) : cap_{cap} {}
    virtual ~Cache() = default;

    auto get(const std::string& key) const -> std::optional<T> {
        if (auto it = map_.find(key); it != map_.end()) return it->second;
        return std::nullopt;
    }

private:
    std::size_t cap_ = 1'000'000;
    std::unordered_map<std::string, T> map_;
};

}  // namespace kiln

int main() {
    using namespace std::chrono_literals;
    auto delay = 250ms;
    const char* raw = R"(C:\path\"quoted")";
    std::vector<int> v{1, 2, 3};
    bool ok = nullptr == nullptr && (1 <=> 2) < 0;
    std::cout << "size: " << v.size() << std::endl;
    return 0;
}
