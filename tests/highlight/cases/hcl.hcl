// Nomad job
job "site" {
  datacenters = ["dc1"]
  type = "service"
  group "web" {
    count = 2
    task "nginx" {
      driver = "docker"
      config { image = 'nginx:1.25' }
      resources { memory = 256 /* MB */ }
    }
  }
}
