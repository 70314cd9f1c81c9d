using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Filtering;
using KooMessage.Platform.GraphQL.Limits;
using KooMessage.Platform.GraphQL.Sorting;
using KooMessage.Platform.Tenancy;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.GraphQL.Connections;

/// <summary>
/// Declares a cursor-connection field (<c>first/after/last/before</c>, optional <c>where</c> and
/// <c>order</c>) over an <see cref="IQueryable{T}"/>; filtering, ordering and paging all run in SQL.
/// </summary>
public sealed class ConnectionFieldBuilder<TSource, TNodeType, T>
    where TNodeType : IGraphType
    where T : Entity
{
    private readonly FieldBuilder<TSource, object> _field;
    private Func<IQueryable<T>, IQueryable<T>> _defaultOrder = Sorting.DefaultOrder.NewestFirst;
    private string _defaultOrderDescribed = "newest first";
    private Func<IResolveFieldContext<TSource>, PagingArguments, IDataLoaderResult<Connection>?>? _batchedPage;

    internal ConnectionFieldBuilder(FieldBuilder<TSource, object> field)
    {
        _field = field
            .Argument<IntGraphType>("first", "Returns the first n items (default 20, at most 100).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n items (at most 100).")
            .Argument<StringGraphType>("before", "Returns the items before this cursor.");
    }

    public ConnectionFieldBuilder<TSource, TNodeType, T> Description(string description)
    {
        _field.Description(description);
        return this;
    }

    /// <summary>An argument of the field beyond paging, <c>where</c> and <c>order</c>, read by the source function.</summary>
    public ConnectionFieldBuilder<TSource, TNodeType, T> Argument<TArgumentType>(string name, string description)
        where TArgumentType : IGraphType
    {
        _field.Argument<TArgumentType>(name, description);
        return this;
    }

    public ConnectionFieldBuilder<TSource, TNodeType, T> Filter<TFilterType>()
        where TFilterType : FilterInputType<T>
    {
        _field.Argument<TFilterType>("where", "Only items matching these conditions.");
        return this;
    }

    public ConnectionFieldBuilder<TSource, TNodeType, T> Sort<TSortType>()
        where TSortType : SortInputType<T>
    {
        _field.Argument<ListGraphType<NonNullGraphType<TSortType>>>("order", OrderDescription());
        return this;
    }

    /// <summary>
    /// The order when the client gives none (newest first unless set here), described in words for the
    /// order argument (e.g. "oldest submission first"); the id is appended as tie-break.
    /// </summary>
    public ConnectionFieldBuilder<TSource, TNodeType, T> DefaultOrder(Func<IQueryable<T>, IOrderedQueryable<T>> order, string described)
    {
        _defaultOrder = query => order(query).ThenBy(e => e.Id);
        _defaultOrderDescribed = described;
        if (_field.FieldType.Arguments?.Find("order") is { } argument)
            argument.Description = OrderDescription();
        return this;
    }

    private string OrderDescription() => $"Sort order, most significant first; {_defaultOrderDescribed} when omitted.";

    public ConnectionFieldBuilder<TSource, TNodeType, T> Authorize(params Role[] roles)
    {
        _field.Authorize(roles);
        return this;
    }

    public ConnectionFieldBuilder<TSource, TNodeType, T> RequireAuthenticated()
    {
        _field.RequireAuthenticated();
        return this;
    }

    /// <summary>
    /// A batched way to the page when the client gives no <c>where</c> and no <c>order</c> (the default
    /// order): a nested list then loads its pages for all parents at once through a DataLoader. The
    /// function answers null for the paging it cannot batch, and the per-parent query runs instead.
    /// </summary>
    public ConnectionFieldBuilder<TSource, TNodeType, T> Batched(Func<IResolveFieldContext<TSource>, PagingArguments, IDataLoaderResult<Connection>?> page)
    {
        _batchedPage = page;
        return this;
    }

    public void Resolve(Func<IResolveFieldContext<TSource>, IQueryable<T>> source)
    {
        _field.ResolveAsync(async context =>
        {
            if (_batchedPage is not null && Argument(context, "where") is null && Argument(context, "order") is null)
            {
                var limits = context.RequestServices!.GetRequiredService<IOptions<GraphQLLimits>>().Value;
                if (_batchedPage(context, PagingArguments.From(context, limits)) is { } page)
                    return page;
            }
            var query = source(context);
            if (Argument(context, "where") is IDictionary<string, object?> where)
                query = query.Where(((FilterInputType<T>)ArgumentType(context, "where")).ToPredicate(where));
            query = context.FieldDefinition.Arguments?.Find("order") is null
                ? _defaultOrder(query)
                : ((SortInputType<T>)ArgumentType(context, "order")).Apply(query, Argument(context, "order") as System.Collections.IEnumerable, _defaultOrder);
            var pageLimits = context.RequestServices!.GetRequiredService<IOptions<GraphQLLimits>>().Value;
            return await QueryableConnection.CreateAsync(query, PagingArguments.From(context, pageLimits), context.CancellationToken);
        });
    }

    private static object? Argument(IResolveFieldContext context, string name)
        => context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static IGraphType ArgumentType(IResolveFieldContext context, string name)
    {
        var type = context.FieldDefinition.Arguments!.Find(name)!.ResolvedType!;
        while (type is IProvideResolvedType wrapper)
            type = wrapper.ResolvedType!;
        return type;
    }
}
