using GraphQL.Types;

namespace KooMessage.Platform.Tenancy.ApiKeys;

public sealed class CreateApiKeyInputType : InputObjectGraphType<CreateApiKeyInput>
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Field(x => x.TenantId, type: typeof(IdGraphType))
            .Description("The tenant the key is for. Defaults to the tenant in context; platform admins omit it for a platform key.");
        Field(x => x.Name).Description("What the key is for, 1–50 characters.");
        Field(x => x.Role).Description("Tenant keys take TENANT_ADMIN or TENANT_MEMBER; platform keys a platform role.");
    }
}

public sealed class RevokeApiKeyInputType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The key to revoke.");
    }
}
