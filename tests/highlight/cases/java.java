package org.georchestra.console;

import java.util.List;
import java.util.*;

/**
 * Users service.
 */
@Service
public final class UserService extends BaseService implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int MAX_USERS = 1_000;
    private final List<String> names = new ArrayList<>();

    @Autowired
    public UserService(Repository repo) {
        super(repo);
    }

    public List<String> findAll(int limit, boolean active) throws IOException {
        // single line comment
        if (limit <= 0 || !active) {
            return Collections.emptyList();
        }
        double ratio = 3.14e2d + 0x1F + 0b101 + 017;
        char c = '\n';
        String s = "quote \" and backslash \\";
        label: for (String n : names) {
            System.out.println(n.toUpperCase() + c + s);
        }
        return names.subList(0, Math.min(limit, names.size()));
    }

    interface Callback { void done(Object result); }
    enum Mode { READ, WRITE }
}
