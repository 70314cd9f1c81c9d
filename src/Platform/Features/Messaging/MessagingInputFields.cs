using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>The input fields create and update mutations share, declared once.</summary>
public static class MessagingInputFields
{
    public static void AddSignatureFields<T>(InputObjectGraphType<T> type) where T : SmsSignatureFields
    {
        type.Field(x => x.Name).Description("2–16 characters, without 【】; unique per tenant and type.");
        type.Field(x => x.Type).Description("NOTIFICATION or PROMOTION.");
        type.Field(x => x.Source).Description("Where the name comes from.");
        type.Field(x => x.InvolvesThirdParty).Description("Whether it names a third party; then licenseFileId is required.");
        type.Field(x => x.LicenseFileId, type: typeof(IdGraphType)).Description("An uploaded licence/authorisation (IMAGE or LETTER file).");
        type.Field(x => x.ApplicationNote, nullable: true).Description("Note for the reviewer, ≤80 characters.");
    }

    public static void AddTemplateFields<T>(InputObjectGraphType<T> type) where T : SmsTemplateFields
    {
        type.Field(x => x.SignatureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An APPROVED signature of the same app.");
        type.Field(x => x.Name).Description("1–30 characters.");
        type.Field(x => x.Type).Description("NOTIFICATION or PROMOTION.");
        type.Field(x => x.Content).Description("1–20000 characters with ${1}…${20}.");
        type.Field(x => x.Variables, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TemplateVariableInputType>>>)).Description("One definition per variable used.");
        type.Field(x => x.ForSmartMessages).Description("For smart messages: exactly one SHORT_LINK variable.");
    }
}
