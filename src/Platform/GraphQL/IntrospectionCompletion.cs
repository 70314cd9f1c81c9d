using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>
/// What GraphQL.NET 8's introspection types lack of the October 2021 spec, added to those very types
/// before the schema initialises them (no fork of the library): <c>__Type.specifiedByURL</c> (from a
/// scalar's <see cref="SpecifiedByUrl"/> metadata) and <c>includeDeprecated</c> on <c>__Directive.args</c>
/// (<c>__Field.args</c> and <c>__Type.inputFields</c> have it with Features.DeprecationOfInputValues).
/// graphql-js's introspection query with every option then answers.
/// </summary>
public static class IntrospectionCompletion
{
    /// <summary>Metadata key of a scalar: the URL of the specification its values follow.</summary>
    public const string SpecifiedByUrl = "specifiedByURL";

    private const string IncludeDeprecated = "includeDeprecated";

    public static void Complete(IGraphType type)
    {
        switch (type)
        {
            case __Type typeType when !typeType.HasField("specifiedByURL"):
                typeType.Field<StringGraphType>("specifiedByURL")
                    .Description("For a scalar, the URL of the specification its values follow.")
                    .Resolve(context => context.Source is ScalarGraphType scalar ? scalar.GetMetadata<string?>(SpecifiedByUrl) : null);
                break;
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find(IncludeDeprecated) is null:
                args.Arguments ??= new QueryArguments();
                args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = IncludeDeprecated, DefaultValue = false });
                args.Resolver = new FuncFieldResolver<object?>(context =>
                {
                    var arguments = ((Directive)context.Source!).Arguments ?? [];
                    return context.GetArgument(IncludeDeprecated, false) ? arguments : arguments.Where(a => a.DeprecationReason is null).ToList();
                });
                break;
        }
    }
}
