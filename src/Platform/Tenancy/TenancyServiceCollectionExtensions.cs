using System.Text;
using KooMessage.Platform.Tenancy.ApiKeys;
using KooMessage.Platform.Tenancy.Resolution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace KooMessage.Platform.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    private const string SelectorScheme = "KooMessage";

    /// <summary>
    /// Authentication (API keys; JWT bearer when configured), the scoped tenant context and viewer,
    /// and the tenant resolution strategies, in DESIGN.md's order: claim, header, host.
    /// </summary>
    public static IServiceCollection AddKooMessageTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        services.AddSingleton(jwt);
        services.Configure<TenancyOptions>(configuration.GetSection(TenancyOptions.Section));
        services.AddScoped<TenantContext>();
        services.AddScoped<Viewer>();
        services.AddScoped<ApiKeyAuthenticator>();
        services.AddSingleton<CredentialCache>();
        services.AddSingleton<ApiKeyUsage>();
        services.AddHostedService(sp => sp.GetRequiredService<ApiKeyUsage>());
        services.AddScoped<TenantResolver>();
        services.AddSingleton<ITenantResolutionStrategy, ClaimTenantStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, HeaderTenantStrategy>();
        services.AddSingleton<ITenantResolutionStrategy, HostTenantStrategy>();
        services.AddTransient<BootstrapAdminKey>();

        var authentication = services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key or JWT", o => o.ForwardDefaultSelector = context =>
            {
                var presented = ApiKeyAuthenticationHandler.ReadSecret(context.Request);
                return jwt.Enabled && presented is not null && !ApiKeySecrets.LooksLikeApiKey(presented)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticator.Scheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticator.Scheme, null);

        if (jwt.Enabled)
        {
            authentication.AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.Authority = jwt.Authority;
                o.Audience = jwt.Audience;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    RoleClaimType = KooClaimTypes.Role,
                    NameClaimType = "sub",
                    ValidIssuer = jwt.Issuer,
                    ValidateIssuer = jwt.Issuer is not null,
                    ValidAudience = jwt.Audience,
                    ValidateAudience = jwt.Audience is not null,
                    // Tolerate small clock drift between issuer and platform, not ASP.NET's default five minutes.
                    ClockSkew = TimeSpan.FromMinutes(1),
                    IssuerSigningKey = jwt.SigningKey is null ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                };
            });
        }
        return services;
    }
}
