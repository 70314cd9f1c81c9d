using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

/// <summary>
/// Base of the per-scalar operation inputs (<c>StringOperationFilterInput</c> …). Parses to the raw
/// dictionary: <see cref="FilterExpressionBuilder"/> turns it into an expression.
/// </summary>
public abstract class OperationFilterInputType : InputObjectGraphType<object>
{
    /// <summary>Values are referenced by type name so built-in scalars and enums keep a single definition.</summary>
    protected static IGraphType Ref(string typeName) => new GraphQLTypeReference(typeName);

    protected void Equality(string valueType, string what)
    {
        Field(FilterOperations.Eq, Ref(valueType)).Description($"Equal to the given {what}; null matches a missing value.");
        Field(FilterOperations.Neq, Ref(valueType)).Description($"Not equal to the given {what}; null matches any present value.");
        Field(FilterOperations.In, new ListGraphType(Ref(valueType))).Description($"Equal to one of the given {what}s.");
        Field(FilterOperations.Nin, new ListGraphType(Ref(valueType))).Description($"Equal to none of the given {what}s.");
    }

    protected void Comparison(string valueType)
    {
        Field(FilterOperations.Gt, Ref(valueType)).Description("Greater than.");
        Field(FilterOperations.Gte, Ref(valueType)).Description("Greater than or equal to.");
        Field(FilterOperations.Lt, Ref(valueType)).Description("Less than.");
        Field(FilterOperations.Lte, Ref(valueType)).Description("Less than or equal to.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => value;
}
