namespace KooMessage.Platform.Observability;

/// <summary>Right after tenancy: everything the request logs from here on carries its tenant and principal.</summary>
public sealed class PrincipalLogScopeMiddleware(RequestDelegate next, ILogger<PrincipalLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using var scope = PrincipalLogScope.Begin(logger, context.RequestServices);
        await next(context);
    }
}
