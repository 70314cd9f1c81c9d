using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberFilterInputType : FilterInputType<ServiceNumber>
{
    public ServiceNumberFilterInputType() : base("ServiceNumberFilterInput", "Conditions on service numbers (latest revision's fields).")
    {
        Text("name", s => s.Profile.Name);
        Text("remark", s => s.Profile.Remark);
        Enum("industry", s => s.Profile.Industry);
        Enum("status", s => s.Status);
        Enum("reviewStatus", s => s.ReviewStatus);
        Flag("hasApprovedRevision", s => s.HasApprovedRevision);
        Time("createdAt", s => s.CreatedAt);
    }
}
