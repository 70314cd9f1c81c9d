using System.Linq.Expressions;
using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

/// <summary>
/// <c>{Type}FilterInput</c>: <c>and</c>, <c>or</c> and one operation input per declared field.
/// Declared fields map to entity members, so the filter becomes an EF expression and runs in SQL.
/// </summary>
public abstract class FilterInputType<T> : InputObjectGraphType<object>, IFilterInputType
{
    private readonly Dictionary<string, FilterField> _fields = new(StringComparer.Ordinal);

    protected FilterInputType(string name, string description)
    {
        Name = name;
        Description = description;
        var self = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name)));
        Field("and", self).Description("All of these conditions hold.");
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name)))).Description("At least one of these conditions holds.");
    }

    protected void Text(string name, Expression<Func<T, string?>> member) => Add<StringOperationFilterInputType>(name, member);

    protected void Time(string name, Expression<Func<T, DateTime>> member) => Add<DateTimeOperationFilterInputType>(name, member);

    protected void Time(string name, Expression<Func<T, DateTime?>> member) => Add<DateTimeOperationFilterInputType>(name, member);

    protected void Number(string name, Expression<Func<T, int>> member) => Add<IntOperationFilterInputType>(name, member);

    protected void Flag(string name, Expression<Func<T, bool>> member) => Add<BooleanOperationFilterInputType>(name, member);

    protected void Enum<TEnum>(string name, Expression<Func<T, TEnum>> member)
        where TEnum : struct, System.Enum
        => Add<EnumOperationFilterInputType<TEnum>>(name, member);

    /// <summary>A text member holding the values of <typeparamref name="TEnumType"/>, an enum graph type assembled at schema build time rather than from a C# enum.</summary>
    protected void Enum<TEnumType>(string name, Expression<Func<T, string>> member)
        where TEnumType : EnumerationGraphType
        => Add<EnumOperationFilterInputType<TEnumType>>(name, member);

    /// <summary>A key compared through global IDs of <paramref name="nodeTypeName"/>.</summary>
    protected void Id(string name, Expression<Func<T, Guid>> member, string nodeTypeName)
        => Add<IdOperationFilterInputType>(name, member, nodeTypeName);

    protected void Id(string name, Expression<Func<T, Guid?>> member, string nodeTypeName)
        => Add<IdOperationFilterInputType>(name, member, nodeTypeName);

    private void Add<TOperationType>(string name, LambdaExpression member, string? idTypeName = null)
        where TOperationType : IGraphType
    {
        Field<TOperationType>(name);
        _fields.Add(name, new FilterField(member, idTypeName));
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => value;

    /// <summary>Turns a parsed <c>where</c> argument into a predicate EF can translate.</summary>
    public Expression<Func<T, bool>> ToPredicate(IDictionary<string, object?> where)
        => FilterExpressionBuilder.Build<T>(where, _fields);
}
