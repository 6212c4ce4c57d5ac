package kubernetes.admission

import future.keywords.in
import data.lib.utils as u

# Deny pods running as root
default allow := false

deny[msg] {
    input.request.kind.kind == "Pod"
    some i
    container := input.request.object.spec.containers[i]
    not container.securityContext.runAsNonRoot
    msg := sprintf("container %v must not run as root", [container.name])
}

allow {
    count(deny) == 0
    input.user != null
    x := 3.5e2 * -2 / 4 % 3
    re_match(`^v\d+`, "v1\u00e9\n")
}
éléments := {"a": true} with input as {}
