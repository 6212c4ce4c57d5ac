# Manage nginx
class nginx (
  String $version = 'latest',
  Boolean $manage_service = true,
) inherits nginx::params {
  package { 'nginx':
    ensure => $version,
    before => Service['nginx'],
  }

  file { "/etc/nginx/sites-enabled/${site_name}.conf":
    ensure  => file,
    content => template('nginx/site.conf.erb'),
    mode    => '0644',
    notify  => Service['nginx'],
  }

  if $manage_service and $facts['os']['family'] == 'Debian' {
    service { 'nginx': ensure => running, enable => true }
  } elsif $::osfamily =~ /^(RedHat|CentOS)[0-9-]$/ {
    notice("Red Hat \"family\" on $hostname")
  } else {
    fail('unsupported')
  }
  $ports = [80, 443, 8.5e+2]
  unless $ports.empty { include nginx::ssl }
  Package['nginx'] -> File['/etc/nginx'] ~> Service['nginx']
}
node /^web\d+\.example\.com$/, 'db1' {
  include role::web
  $x = undef
}
