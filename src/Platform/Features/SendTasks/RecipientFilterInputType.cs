using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.SendTasks;

public sealed class RecipientFilterInputType : FilterInputType<Recipient>
{
    public RecipientFilterInputType() : base("RecipientFilterInput", "Conditions on recipients.")
    {
        Text("phone", r => r.Phone);
        Enum("capability", r => r.Capability);
        Enum("channel", r => r.Channel);
        Enum("state", r => r.State);
        Text("errorCode", r => r.ErrorCode);
        Time("submittedAt", r => r.SubmittedAt);
    }
}
