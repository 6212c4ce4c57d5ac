/**
 * User service component
 */
component accessors="true" extends="BaseService" {
    property name="dsn" type="string" default="app";

    public struct function getUser(required numeric id) {
        var result = { found: false, name: "" };
        var q = queryExecute("SELECT name FROM users WHERE id = :id", { id: arguments.id });
        if (q.recordCount gt 0 and not isNull(q.name)) {
            result.found = true;
            result.name = q.name;
        } else if (arguments.id lte 0 || arguments.id does not contain 7) {
            throw(type="InvalidId", message='Bad id');
        }
        session.lastUser = arguments.id;
        return result;
    }

    private void function log(string msg) {
        writeLog(text=msg, type="information");
        var n = 3.5e2 + 0x1F;
        var ok = n > 10 ? true : false;
    }
}
