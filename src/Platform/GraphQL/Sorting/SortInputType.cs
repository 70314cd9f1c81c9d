using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;
using KooMessage.Platform.Data;

namespace KooMessage.Platform.GraphQL.Sorting;

/// <summary>
/// <c>{Type}SortInput</c>: one <c>ASC</c>/<c>DESC</c> field per sortable member. An <c>order</c>
/// argument is a list of these, applied in order; the id is always the final tie-break so pages
/// are stable.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType<object>, ISortInputType
    where T : Entity
{
    private readonly Dictionary<string, LambdaExpression> _fields = new(StringComparer.Ordinal);

    protected SortInputType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    protected void Sort<TKey>(string name, Expression<Func<T, TKey>> member)
    {
        Field<SortDirection>(name, nullable: true);
        _fields.Add(name, member);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => value;

    /// <summary>Applies the client's order, or <paramref name="fallback"/> (newest first unless the field says otherwise) when none is given.</summary>
    public IQueryable<T> Apply(IQueryable<T> query, IEnumerable? order, Func<IQueryable<T>, IQueryable<T>>? fallback = null)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var item in order?.Cast<IDictionary<string, object?>>() ?? [])
        {
            foreach (var (field, value) in item)
            {
                if (value is not SortDirection direction)
                    continue;
                ordered = OrderBy(ordered ?? query, _fields[field], direction, first: ordered is null);
            }
        }
        return ordered is null ? (fallback ?? DefaultOrder.NewestFirst)(query) : ordered.ThenBy(e => e.Id);
    }

    private static IOrderedQueryable<T> OrderBy(IQueryable<T> query, LambdaExpression key, SortDirection direction, bool first)
    {
        var method = (first, direction) switch
        {
            (true, SortDirection.Asc) => nameof(Queryable.OrderBy),
            (true, SortDirection.Desc) => nameof(Queryable.OrderByDescending),
            (false, SortDirection.Asc) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], query.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }
}
