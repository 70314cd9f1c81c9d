using System.Diagnostics;
using GraphQL.Execution;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL;

/// <summary>
/// Logs an exception no resolver expected and gives the client a message with a reference to the
/// log entry instead of the exception's own text.
/// </summary>
public sealed class UnhandledExceptionLogger(ILogger<UnhandledExceptionLogger> logger)
{
    public Task HandleAsync(UnhandledExceptionContext context)
    {
        if (context.Exception is DomainException or OperationCanceledException)
            return Task.CompletedTask;
        var reference = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        logger.LogError(context.Exception, "Unhandled exception in GraphQL execution (reference {Reference}, field {Field})",
            reference, context.FieldContext?.FieldDefinition.Name);
        context.ErrorMessage = $"Unexpected server error (reference {reference}).";
        return Task.CompletedTask;
    }
}
