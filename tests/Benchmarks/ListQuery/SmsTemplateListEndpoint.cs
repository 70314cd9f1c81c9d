using System.Text.Encodings.Web;
using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Benchmarks.ListQuery;

/// <summary>
/// The REST baseline of the list-query benchmark: <c>GET /rest/sms-templates?name=…</c> does what
/// <see cref="ListQueryBenchmark.GraphQLDocument"/> makes the platform do, by hand and without
/// GraphQL: the same authentication and tenant filter (the platform's pipeline and policy), the same
/// statements (count, a page of 20 by creation time, the page's signatures in one batch), global ids,
/// and System.Text.Json with the platform's encoder. Only the benchmark host maps it.
/// </summary>
public static class SmsTemplateListEndpoint
{
    public const string Path = "/rest/sms-templates";

    private const int PageSize = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Path, ListAsync).RequireAuthorization(EndpointPolicies.TenantWorker);

    private static async Task ListAsync(HttpContext context, KooMessageDbContext db)
    {
        var name = context.Request.Query["name"].ToString();
        var matching = db.Set<SmsTemplate>().Where(t => t.Name.Contains(name));
        var totalCount = await matching.CountAsync(context.RequestAborted);
        var page = await matching.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Take(PageSize + 1).ToListAsync(context.RequestAborted);
        var signatureIds = page.Select(t => t.SignatureId).Distinct().ToList();
        var signatures = await db.Set<SmsSignature>().Where(s => signatureIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, context.RequestAborted);
        var nodes = page.Take(PageSize).Select(t => new Node(GlobalId.Encode(SmsTemplate.GraphTypeName, t.Id), t.Name, t.Content,
            EnumNames.Of(t.Status), new Signature(signatures[t.SignatureId]))).ToList();
        await context.Response.WriteAsJsonAsync(new { data = new { smsTemplates = new { nodes, totalCount } } }, Json, context.RequestAborted);
    }

    private sealed record Node(string Id, string Name, string Content, string Status, Signature Signature);

    private sealed record Signature(string Name);
}
