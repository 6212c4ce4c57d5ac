vcl 4.1;
import std;
# Backend definition
backend default {
    .host = "127.0.0.1";
    .port = "8080";
    .first_byte_timeout = 60s;
    .probe = { .url = "/health"; .interval = 5s; .threshold = 3; }
}

acl purgers { "localhost"; "192.168.0.0"/24; }

sub vcl_recv {
    // strip cookies for static files
    if (req.url ~ "\.(css|js|png)$" && req.method == "GET") {
        unset req.http.Cookie;
        return (hash);
    } elseif (req.method == "PURGE" && !(client.ip ~ purgers)) {
        return (synth(405, "Not allowed"));
    }
    set req.http.X-Forwarded-For = client.ip;
    set req.ttl = 1.5h;
    std.log("recv: " + req.url);
}

sub vcl_backend_response {
    set beresp.ttl = 120s;
    set beresp.grace = 0x1F;
    set beresp.http.X-Long = {"a "long" string"};
    /* multi
       line */
}

C{
    #include <stdio.h>
    int x = 42;
}C
