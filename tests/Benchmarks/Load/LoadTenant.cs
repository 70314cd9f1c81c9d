using System.Globalization;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Benchmarks.Load;

/// <summary>
/// A tenant ready for the mix, made through the API as a real one is: tenant and key (by the admin),
/// profile and filing with uploaded documents, approved (by a reviewer key of its own), an SMS app,
/// an approved signature and one pending template. Set-up failures throw: a run on a broken set-up
/// measures nothing.
/// </summary>
public sealed record LoadTenant(string Slug, string TenantKey, string ReviewerKey, string AppId, string SignatureId, string TemplateId)
{
    /// <summary>A file whose first bytes make it a PNG; the platform checks magic bytes, not pixels.</summary>
    public static readonly byte[] Png = Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 300);

    private static readonly byte[] Pdf = Padded("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"u8.ToArray(), 600);

    public static async Task<LoadTenant> CreateAsync(LoadGraphQLClient admin, Uri baseAddress, string slug)
    {
        var tenantKey = await CreateTenantAdminKeyAsync(admin, slug);
        var reviewerKey = Secret(await RequireAsync(admin.MutateAsync("createApiKey", LoadDocuments.CreateApiKey,
            new { tenantId = (string?)null, name = slug + " reviewer", role = "PLATFORM_REVIEWER" })));
        using var tenant = new LoadGraphQLClient(baseAddress, tenantKey);
        using var reviewer = new LoadGraphQLClient(baseAddress, reviewerKey);

        var license = await UploadAsync(tenant, Png, "license.png", "IMAGE");
        await RequireAsync(tenant.MutateAsync("saveEnterpriseProfile", LoadDocuments.SaveProfile, new { license }));
        var commitment = await UploadAsync(tenant, Pdf, "素材承诺函.pdf", "LETTER");
        var authorization = await UploadAsync(tenant, Pdf, "签名授权函.pdf", "LETTER");
        // The mix creates signatures with other names than the enterprise's: they need the 公司关系授权函 in the filing.
        var relationship = await UploadAsync(tenant, Pdf, "公司关系授权函.pdf", "LETTER");
        var filing = Id(await RequireAsync(tenant.MutateAsync("saveFiling", LoadDocuments.SaveFiling, new { commitment, authorization, relationship })), "saveFiling", "filing");
        await RequireAsync(tenant.MutateAsync("submitFiling", LoadDocuments.SubmitFiling, new { id = filing }));
        await ApproveAsync(reviewer, filing);

        var appId = Id(await RequireAsync(tenant.MutateAsync("createSmsApp", LoadDocuments.CreateApp)), "createSmsApp", "smsApp");
        var signatureId = Id(await RequireAsync(tenant.MutateAsync("createSmsSignature", LoadDocuments.CreateSignature,
            new { appId, name = "深圳市示例科技有限公司" })), "createSmsSignature", "smsSignature");
        await ApproveAsync(reviewer, signatureId);
        var templateId = Id(await RequireAsync(tenant.MutateAsync("createSmsTemplate", LoadDocuments.CreateTemplate,
            new { appId, signatureId, name = "发货通知" })), "createSmsTemplate", "smsTemplate");
        return new LoadTenant(slug, tenantKey, reviewerKey, appId, signatureId, templateId);
    }

    /// <summary>A bare tenant (no profile, app or templates) and the secret of a TENANT_ADMIN key for it.</summary>
    public static async Task<string> CreateTenantAdminKeyAsync(LoadGraphQLClient admin, string slug)
    {
        var tenantId = Id(await RequireAsync(admin.MutateAsync("createTenant", LoadDocuments.CreateTenant, new { slug })), "createTenant", "tenant");
        return await CreateAdminKeyAsync(admin, tenantId, slug + " admin");
    }

    /// <summary>The secret of a new TENANT_ADMIN key for an existing tenant (its global ID).</summary>
    public static async Task<string> CreateAdminKeyAsync(LoadGraphQLClient admin, string tenantId, string name)
        => Secret(await RequireAsync(admin.MutateAsync("createApiKey", LoadDocuments.CreateApiKey, new { tenantId, name, role = "TENANT_ADMIN" })));

    /// <summary>Approves the template and starts an immediate send task to <paramref name="recipients"/> numbers from an uploaded file; returns its id.</summary>
    public async Task<string> StartSendTaskAsync(Uri baseAddress, int recipients)
    {
        await ApproveTemplateAsync(baseAddress);
        return await CreateSendTaskAsync(baseAddress, NumberFile(recipients));
    }

    /// <summary>The SMS template becomes ACTIVE, so tasks can use it.</summary>
    public async Task ApproveTemplateAsync(Uri baseAddress)
    {
        using var reviewer = new LoadGraphQLClient(baseAddress, ReviewerKey);
        await ApproveAsync(reviewer, TemplateId);
    }

    /// <summary>A number file of <paramref name="recipients"/> distinct mobile numbers, each with its one template variable.</summary>
    public static byte[] NumberFile(int recipients)
    {
        var numbers = new StringBuilder(recipients * 20);
        for (var i = 0; i < recipients; i++)
            numbers.Append(CultureInfo.InvariantCulture, $"{13_100_000_000L + i},L{i}\n");
        return Encoding.UTF8.GetBytes(numbers.ToString());
    }

    /// <summary>Creates <paramref name="count"/> more (pending) SMS templates with the tenant's app and signature, named by <paramref name="name"/>.</summary>
    public async Task CreateTemplatesAsync(Uri baseAddress, int count, Func<int, string> name)
    {
        using var tenant = new LoadGraphQLClient(baseAddress, TenantKey);
        for (var i = 0; i < count; i++)
            await RequireAsync(tenant.MutateAsync("createSmsTemplate", LoadDocuments.CreateTemplate, new { appId = AppId, signatureId = SignatureId, name = name(i) }));
    }

    /// <summary>Uploads <paramref name="numberFile"/> and creates an immediate send task from it (the template approved); returns its id.</summary>
    public async Task<string> CreateSendTaskAsync(Uri baseAddress, byte[] numberFile)
    {
        using var tenant = new LoadGraphQLClient(baseAddress, TenantKey);
        var fileId = await UploadAsync(tenant, numberFile, "numbers.csv", "NUMBER_FILE");
        return Id(await RequireAsync(tenant.MutateAsync("createSendTask", LoadDocuments.CreateSendTask, SendTaskVariables(fileId))), "createSendTask", "sendTask");
    }

    /// <summary>The variables of <see cref="LoadDocuments.CreateSendTask"/>: an immediate task of this tenant's app, signature and template from a number file.</summary>
    public object SendTaskVariables(string fileId) => new
    {
        name = "负载测试群发",
        smartTemplateId = GlobalId.Encode("SmartTemplate", PublicSmartTemplates.Notice),
        appId = AppId,
        signatureId = SignatureId,
        templateId = TemplateId,
        fileId,
    };

    private static async Task ApproveAsync(LoadGraphQLClient reviewer, string subjectId)
        => await RequireAsync(reviewer.MutateAsync("approve", LoadDocuments.Approve, new { id = subjectId }));

    private static async Task<string> UploadAsync(LoadGraphQLClient client, byte[] bytes, string fileName, string purpose)
        => Id(await RequireAsync(client.UploadAsync(bytes, fileName, purpose)), "uploadFile", "file");

    private static async Task<JsonElement> RequireAsync(Task<GraphQLCallResult> call)
    {
        var result = await call;
        return result.Ok ? result.Data : throw new InvalidOperationException($"Set-up failed ({result.Error}): {result.Body}");
    }

    private static string Id(JsonElement data, string payloadField, string objectField)
        => data.GetProperty(payloadField).GetProperty(objectField).GetProperty("id").GetString()!;

    private static string Secret(JsonElement data) => data.GetProperty("createApiKey").GetProperty("secret").GetString()!;

    private static byte[] Padded(byte[] head, int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)0x20);
        head.CopyTo(bytes, 0);
        return bytes;
    }
}
