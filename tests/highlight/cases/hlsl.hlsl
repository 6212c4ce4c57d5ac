// Simple lit shader
cbuffer PerFrame : register(b0)
{
    float4x4 ViewProj;
    float3 LightDir;
    float Time;
};

Texture2D DiffuseMap : register(t0);
SamplerState LinearSampler : register(s0);

struct VSInput { float3 pos : POSITION; float3 normal : NORMAL; float2 uv : TEXCOORD0; };
struct PSInput { float4 pos : SV_POSITION; float3 normal : NORMAL; float2 uv : TEXCOORD0; };

PSInput VSMain(VSInput input)
{
    PSInput o;
    o.pos = mul(float4(input.pos, 1.0f), ViewProj);
    o.normal = normalize(input.normal);
    o.uv = input.uv;
    return o;
}

/* pixel
   stage */
float4 PSMain(PSInput input) : SV_TARGET
{
    float ndl = saturate(dot(input.normal, -LightDir));
    float4 color = DiffuseMap.Sample(LinearSampler, input.uv);
    [unroll] for (int i = 0; i < 4; ++i) { color.rgb *= 0.99; }
    if (color.a < 0.5) discard;
    return float4(color.rgb * ndl, 1.0) + 0x10;
}
