using GraphQL.Types;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Files;

public sealed class FileMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<UploadFileInput>("uploadFile")
            .Description("Uploads a file for the tenant (GraphQL multipart request). Reference it by id from documents and licences.")
            .Returns<FileRefType>("file", "The stored file.")
            .Errors(typeof(ValidationErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var file = await ctx.Service<FileStorage>().StoreAsync(input.File, input.Purpose, "file", ctx.CancellationToken);
                return MutationPayload.Success("file", file);
            });
    }
}
