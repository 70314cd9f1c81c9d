using GraphQL.Types;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingKindType : EnumerationGraphType<FilingKind>
{
    public FilingKindType()
    {
        Name = nameof(FilingKind);
        Description = "What a SMART_MESSAGE filing covers: SEND_TASK (发送任务) and/or SHORT_LINK (短链).";
    }
}
