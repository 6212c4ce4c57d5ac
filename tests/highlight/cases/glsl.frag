#version 330 core
// Simple Phong fragment shader
precision mediump float;

in vec3 vNormal;
in vec2 vUv;
out vec4 fragColor;

uniform sampler2D uTexture;
uniform vec3 uLightDir;
layout(std140) uniform Material { vec4 diffuse; float shininess; };

/* light
   calculation */
float lambert(vec3 n, vec3 l) {
    return max(dot(normalize(n), normalize(l)), 0.0);
}

void main() {
    vec4 tex = texture(uTexture, vUv);
    float d = lambert(vNormal, -uLightDir);
    if (tex.a < 0.1) discard;
    mat3 m = mat3(1.0);
    fragColor = vec4(tex.rgb * d, 1.0) + vec4(gl_FragCoord.xy / 800.0, 0.5e-1, 1);
    bool ok = true;
}
