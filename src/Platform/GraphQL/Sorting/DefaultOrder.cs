using KooMessage.Platform.Data;

namespace KooMessage.Platform.GraphQL.Sorting;

public static class DefaultOrder
{
    /// <summary>Newest first, as the console lists things; the id makes the order total.</summary>
    public static IQueryable<T> NewestFirst<T>(IQueryable<T> query) where T : Entity
        => query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id);
}
