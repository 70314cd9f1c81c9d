using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Deletion;

public sealed class DeletionMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<DeleteInput>("delete")
            .Description("Deletes an item of the tenant (删除) that is not in use: DRAFT, REJECTED or retired items, finished tasks. "
                + "Refused with InvalidStateError (a PENDING item: withdraw it first; an item in force) or PreconditionFailedError naming what still uses it. "
                + "The item disappears from every query and its ID is not found afterwards; its review history (reviewHistory query) and statistics stay.")
            .Returns<IdGraphType>("deletedId", "The ID of the deleted item.")
            .Errors(typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(PreconditionFailedErrorType), typeof(ConflictErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(async (ctx, input) =>
            {
                ctx.RequireTenantId();
                var db = ctx.Db();
                var subject = GlobalId.TryDecode(input.Id, out var typeName, out var key)
                    ? ctx.Service<DeletionSubjects>().ByGraphTypeName(typeName)
                    : null;
                var row = subject is null ? null : await subject.FindAsync(db, key, ctx.CancellationToken);
                if (subject is null || row is null)
                    throw new DomainException(NotFoundError.For("id", input.Id, "deletable item"));
                await subject.RequireDeletableAsync(db, row, ctx.CancellationToken);
                row.DeletedAt = ctx.UtcNow();
                await db.SaveChangesAsync(ctx.CancellationToken);
                return MutationPayload.Success("deletedId", input.Id);
            });
    }
}
