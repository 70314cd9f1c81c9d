using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class ServiceNumberMenuMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<SaveServiceNumberMenuInput>("saveServiceNumberMenu")
            .Description("Saves the whole two-level menu as one revision and submits it for review. While a newer revision is in review "
                + "the approved menu stays live (ServiceNumber.menu); approval replaces it at once.")
            .Returns<ServiceNumberMenuType>("menu", "The revision, PENDING review.")
            .Errors(typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType), typeof(PreconditionFailedErrorType))
            .Authorize(TenantRoles.Workers)
            .Resolve(SaveAsync);
    }

    private static async Task<MutationPayload> SaveAsync(IResolveFieldContext ctx, SaveServiceNumberMenuInput input)
    {
        ctx.RequireTenantId();
        var db = ctx.Db();
        var items = input.Items.Select(ToItem).ToList();
        new InputValidator().ValidateMenu(items).ThrowIfInvalid();
        var serviceNumber = await db.Set<ServiceNumber>().RequireAsync("serviceNumberId", input.ServiceNumberId, ctx.CancellationToken);
        var workflow = ctx.Service<ReviewWorkflow>();
        var menu = await ServiceNumberRevisions.EditableAsync(db, workflow, serviceNumber, ServiceNumberMenu.Start, ctx.CancellationToken);
        menu.Replace(items);
        await workflow.SubmitAsync(menu, ctx.CancellationToken);
        return MutationPayload.Success("menu", menu);
    }

    /// <summary>Trims text; blank optional fields count as absent.</summary>
    private static MenuItem ToItem(MenuItemInput input) => new(
        input.Name.Trim(),
        input.Action,
        Optional(input.Url),
        input.OpenInExternalBrowser ?? false,
        Optional(input.PageTitle),
        Optional(input.PhoneNumber),
        Optional(input.Deeplink),
        (input.Children ?? []).Select(ToItem).ToList());

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
