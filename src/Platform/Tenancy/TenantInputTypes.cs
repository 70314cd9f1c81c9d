using GraphQL.Types;

namespace KooMessage.Platform.Tenancy;

public sealed class CreateTenantInputType : InputObjectGraphType<CreateTenantInput>
{
    public CreateTenantInputType()
    {
        Name = "CreateTenantInput";
        Field(x => x.Slug).Description("Unique short name: 3–40 characters of a-z, 0-9 and '-'.");
        Field(x => x.Name).Description("Display name, 1–100 characters.");
    }
}

public sealed class SuspendTenantInputType : InputObjectGraphType<SuspendTenantInput>
{
    public SuspendTenantInputType()
    {
        Name = "SuspendTenantInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The tenant.");
        Field(x => x.Reason).Description("Why, 1–500 characters; shown to the tenant.");
    }
}

public sealed class ResumeTenantInputType : InputObjectGraphType<ResumeTenantInput>
{
    public ResumeTenantInputType()
    {
        Name = "ResumeTenantInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The tenant.");
    }
}
