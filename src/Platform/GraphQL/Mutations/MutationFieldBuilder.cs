using System.Globalization;
using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Data;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.GraphQL.Mutations;

/// <summary>
/// HotChocolate's mutation conventions, reproduced: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>
/// where the payload has the declared result fields and <c>errors: [VerbNounError!]</c>, a union of
/// the declared error types, always with <c>ValidationError</c> (any input can be invalid, so a client's
/// shared <c>... on ValidationError { field }</c> selection is valid on every payload). A resolver throws <see cref="DomainException"/> for expected failures;
/// this builder turns them into payload errors and discards every pending change, so a failed
/// mutation writes nothing — not even through a later mutation of the same request.
/// </summary>
public sealed class MutationFieldBuilder<TInput>
    where TInput : class
{
    private readonly ObjectGraphType _root;
    private readonly string _name;
    private readonly List<(string Name, Type Type, string Description)> _results = [];
    private readonly List<Type> _errorTypes = [];
    private string? _description;
    private Role[]? _roles;
    private bool _public;

    internal MutationFieldBuilder(ObjectGraphType root, string name)
    {
        _root = root;
        _name = name;
    }

    private string Pascal => char.ToUpper(_name[0], CultureInfo.InvariantCulture) + _name[1..];

    public MutationFieldBuilder<TInput> Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>A result field of the payload (nullable: null when the mutation failed).</summary>
    public MutationFieldBuilder<TInput> Returns<TGraphType>(string field, string description)
        where TGraphType : IGraphType
    {
        _results.Add((field, typeof(TGraphType), description));
        return this;
    }

    /// <summary>The error types this mutation may return; each must be an object type implementing <c>Error</c>.</summary>
    public MutationFieldBuilder<TInput> Errors(params Type[] errorGraphTypes)
    {
        _errorTypes.AddRange(errorGraphTypes);
        return this;
    }

    public MutationFieldBuilder<TInput> Authorize(params Role[] roles)
    {
        _roles = roles;
        return this;
    }

    /// <summary>Any authenticated caller; the resolver checks what it may touch.</summary>
    public MutationFieldBuilder<TInput> RequireAuthenticated()
    {
        _roles = [];
        return this;
    }

    public MutationFieldBuilder<TInput> Public()
    {
        _public = true;
        return this;
    }

    public void Resolve(Func<IResolveFieldContext, TInput, Task<MutationPayload>> resolver)
    {
        var payloadType = new ObjectGraphType<MutationPayload> { Name = $"{Pascal}Payload", Description = $"The result of `{_name}`." };
        foreach (var (resultField, type, description) in _results)
            payloadType.Field(resultField, type).Description(description).Resolve(ctx => ctx.Source.Get(resultField));

        var errorUnion = new UnionGraphType { Name = $"{Pascal}Error", Description = $"The errors `{_name}` can return." };
        foreach (var errorType in _errorTypes.Prepend(typeof(ValidationErrorType)).Distinct())
            errorUnion.Type(errorType);
        payloadType.Field("errors", new ListGraphType(new NonNullGraphType(errorUnion)))
            .Description("Why the mutation did nothing; null when it succeeded.")
            .Resolve(ctx => ctx.Source.Errors);

        var field = _root.Field(_name, new NonNullGraphType(payloadType))
            .Argument<TInput>("input", nullable: false, a => a.Description = "The mutation's input.")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<TInput>("input");
                try
                {
                    return await resolver(ctx, input);
                }
                catch (DomainException ex)
                {
                    return Fail(ctx, ex.Errors, errorUnion);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return Fail(ctx, [new ConflictError("Someone else changed this object at the same time; refetch it and try again.")], errorUnion);
                }
                catch (DbUpdateException ex) when (UniqueConstraint.IsViolation(ex))
                {
                    return Fail(ctx, [new ConflictError("It already exists: another request created it at the same time.")], errorUnion);
                }
            });
        if (_description is not null)
            field.Description(_description);
        if (_public)
            field.FieldType.AllowAnonymous();
        else if (_roles is { Length: > 0 })
            field.FieldType.AuthorizeWithRoles(_roles.Select(RoleNames.Of).ToArray());
        else if (_roles is not null)
            field.FieldType.Authorize();
    }

    private static MutationPayload Fail(IResolveFieldContext context, IReadOnlyList<DomainError> errors, UnionGraphType union)
    {
        context.Db().ChangeTracker.Clear();
        var declared = union.PossibleTypes.ToList();
        var undeclared = errors.FirstOrDefault(e => !declared.Any(t => t.IsTypeOf?.Invoke(e) == true));
        if (undeclared is not null)
            // A bug in the schema declaration, not in the input: surface it loudly but still typed.
            throw new ExecutionError(undeclared.Message) { Code = undeclared.Code };
        return MutationPayload.Failure(errors);
    }
}
