using GraphQLParser.AST;

namespace KooMessage.Client.Generator.Schema;

/// <summary>A GraphQL type reference: a named type wrapped in any number of list and non-null markers.</summary>
internal sealed class TypeRef
{
    private TypeRef(string name, TypeRef? ofType, bool isList, bool isNonNull)
    {
        Name = name;
        OfType = ofType;
        IsList = isList;
        IsNonNull = isNonNull;
    }

    /// <summary>The innermost named type, whatever the wrapping.</summary>
    public string Name { get; }

    public TypeRef? OfType { get; }

    public bool IsList { get; }

    public bool IsNonNull { get; }

    public static TypeRef Named(string name) => new(name, null, false, false);

    public static TypeRef ListOf(TypeRef item) => new(item.Name, item, true, false);

    public static TypeRef NonNull(TypeRef inner) => inner.IsNonNull ? inner : new TypeRef(inner.Name, inner, false, true);

    public static TypeRef From(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NonNull(From(nonNull.Type)),
        GraphQLListType list => ListOf(From(list.Type)),
        GraphQLNamedType named => Named(named.Name.StringValue),
        _ => Named(type.ToString() ?? string.Empty),
    };

    /// <summary>The same reference with the outer non-null marker removed.</summary>
    public TypeRef Nullable() => IsNonNull ? OfType! : this;

    public override string ToString() =>
        IsNonNull ? OfType + "!" : IsList ? "[" + OfType + "]" : Name;
}
