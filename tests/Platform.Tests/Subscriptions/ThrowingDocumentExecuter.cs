using GraphQL;
using KooMessage.Platform.GraphQL;

namespace KooMessage.Platform.Tests.Subscriptions;

/// <summary>
/// The schema's executer, except that it throws for the operation named <see cref="OperationName"/>:
/// a stand-in for a bug outside GraphQL execution, which the WebSocket transport must answer with 4500.
/// </summary>
public sealed class ThrowingDocumentExecuter(IDocumentExecuter inner) : IDocumentExecuter<KooMessageSchema>
{
    public const string OperationName = "explode";

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
    {
        if (options.OperationName == OperationName)
            throw new InvalidOperationException("A simulated server bug.");
        options.Schema = options.RequestServices!.GetRequiredService<KooMessageSchema>();
        return inner.ExecuteAsync(options);
    }

    /// <summary>Replaces the schema's executer in a test host's services.</summary>
    public static void Register(IServiceCollection services)
        => services.AddSingleton<IDocumentExecuter<KooMessageSchema>>(sp => new ThrowingDocumentExecuter(sp.GetRequiredService<IDocumentExecuter>()));
}
