namespace KooMessage.Benchmarks.Load;

/// <summary>The GraphQL documents the load mix sends, with variables, as a frontend would.</summary>
public static class LoadDocuments
{
    private const string PayloadErrors = "errors { __typename ... on Error { code message } }";

    public const string Upload = $$"""
        mutation($file: Upload!, $purpose: FilePurpose!) { uploadFile(input: {file: $file, purpose: $purpose}) { file { id size sha256 } {{PayloadErrors}} } }
        """;

    public const string CreateTenant = $$"""
        mutation($slug: String!) { createTenant(input: {slug: $slug, name: $slug}) { tenant { id } {{PayloadErrors}} } }
        """;

    public const string CreateApiKey = $$"""
        mutation($tenantId: ID, $name: String!, $role: Role!) { createApiKey(input: {tenantId: $tenantId, name: $name, role: $role}) { apiKey { id prefix } secret {{PayloadErrors}} } }
        """;

    public const string SaveProfile = $$"""
        mutation($license: ID!) { saveEnterpriseProfile(input: { name: "深圳市示例科技有限公司", certificateType: THREE_IN_ONE,
          creditCode: "91110000600037341L", contactName: "王五", contactPhone: "+86 138 0013 8000", contactEmail: "ops@example.cn",
          enterpriseType: PRIVATE, industry: "软件和信息技术服务业", businessLicenseFileId: $license }) { enterpriseProfile { id } {{PayloadErrors}} } }
        """;

    public const string SaveFiling = $$"""
        mutation($commitment: ID!, $authorization: ID!, $relationship: ID!) { saveFiling(input: { productArea: SMART_MESSAGE, kinds: [SEND_TASK, SHORT_LINK],
          documents: [{ type: MATERIAL_COMMITMENT_LETTER, fileId: $commitment }, { type: SIGNATURE_AUTHORIZATION_LETTER, fileId: $authorization },
            { type: COMPANY_RELATIONSHIP_LETTER, fileId: $relationship }] })
          { filing { id } {{PayloadErrors}} } }
        """;

    public const string SubmitFiling = $$"""
        mutation($id: ID!) { submitFiling(input: {id: $id}) { filing { id reviewStatus } {{PayloadErrors}} } }
        """;

    public const string Approve = $$"""
        mutation($id: ID!) { approve(input: {subjectId: $id, note: "ok"}) { subject { id reviewStatus } {{PayloadErrors}} } }
        """;

    public const string Reject = $$"""
        mutation($id: ID!) { reject(input: {subjectId: $id, reason: "请补充模板用途说明"}) { subject { id reviewStatus } {{PayloadErrors}} } }
        """;

    public const string CreateApp = $$"""
        mutation { createSmsApp(input: {name: "营销平台"}) { smsApp { id } {{PayloadErrors}} } }
        """;

    public const string CreateSignature = $$"""
        mutation($appId: ID!, $name: String!) { createSmsSignature(input: {appId: $appId, name: $name, type: NOTIFICATION, source: ENTERPRISE_NAME,
          involvesThirdParty: false}) { smsSignature { id reviewStatus } {{PayloadErrors}} } }
        """;

    /// <summary>The smart-message template content the sending tests use: an order number and a short link.</summary>
    private const string TemplateFields = """
        signatureId: $signatureId, name: $name, type: NOTIFICATION, content: "您的订单${1}已发货，查看详情 ${2}", forSmartMessages: true,
          variables: [{ index: 1, type: CHAR_DIGIT, maxLength: 20 }, { index: 2, type: SHORT_LINK, maxLength: 0 }]
        """;

    public const string CreateTemplate = $$"""
        mutation($appId: ID!, $signatureId: ID!, $name: String!) { createSmsTemplate(input: { appId: $appId, {{TemplateFields}} })
          { smsTemplate { id reviewStatus estimatedSegments } {{PayloadErrors}} } }
        """;

    public const string UpdateTemplate = $$"""
        mutation($id: ID!, $signatureId: ID!, $name: String!) { updateSmsTemplate(input: { id: $id, {{TemplateFields}} })
          { smsTemplate { id reviewStatus updatedAt } {{PayloadErrors}} } }
        """;

    public const string CreateSendTask = $$"""
        mutation($name: String!, $smartTemplateId: ID!, $appId: ID!, $signatureId: ID!, $templateId: ID!, $fileId: ID!) {
          createSendTask(input: { name: $name, smartTemplateId: $smartTemplateId, smsAppId: $appId, signatureId: $signatureId,
            smsTemplateId: $templateId, sendMode: IMMEDIATE, fallback: NONE, numberSource: FILE, numberFileId: $fileId })
          { sendTask { id status numbers { total resolvable } } {{PayloadErrors}} } }
        """;

    /// <summary>A console list page: filtered, ordered, one page, with relations through DataLoaders.</summary>
    public const string Templates = """
        query($prefix: String!) { smsTemplates(first: 10, where: { or: [{ name: { startsWith: $prefix } }, { reviewStatus: { in: [APPROVED, REJECTED] } }] },
          order: [{ createdAt: DESC }, { name: ASC }]) { totalCount pageInfo { hasNextPage endCursor }
          nodes { id name reviewStatus status estimatedSegments signature { id name reviewStatus } app { id name } } } }
        """;

    public const string Nodes = """
        query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on SmsTemplate { name reviewStatus variables { index type } }
          ... on SmsSignature { name reviewStatus } ... on SmsApp { name } } }
        """;

    public const string Viewer = "query { viewer { authenticated roles tenant { id slug name } } }";

    public const string TaskProgress = "query($id: ID!) { node(id: $id) { ... on SendTask { status numbers { total } progress { sent delivered failed } } } }";

    public const string ReviewStatusChanged = "subscription { reviewStatusChanged { kind from to subject { id reviewStatus } } }";

    public const string SendTaskProgress = "subscription($id: ID!) { sendTaskProgress(taskId: $id) { id status progress { sent delivered } } }";
}
