// Deployment config
local replicas = 3;
local image(name, tag='latest') = 'registry.example.org/%s:%s' % [name, tag];
{
  apiVersion: 'apps/v1',
  kind: "Deployment",
  metadata: { name: 'kiln', labels: { app: $.metadata.name } },
  spec: {
    replicas: if std.length(std.extVar('env')) > 0 then replicas else 1,
    ratio: 1.5e+3,
    template: {
      containers: [{ name: 'web', image: image('kiln', '1.0') }],
    },
    script: |||
      npx kiln build
    |||,
  },
  sorted: std.sort([3, 1, 2]),
  f:: function(x) x * 2,
}
