using System.Collections.Generic;
using GraphQLParser.AST;

namespace KooMessage.Client.Generator.Model;

/// <summary>Everything the emitter needs about one operation.</summary>
internal sealed class OperationModel
{
    public OperationModel(string name, OperationType kind, string containerName, string methodName, IReadOnlyList<VariableModel> variables, ResultRecord data, IReadOnlyList<ResultRecord> records, string document)
    {
        Name = name;
        Kind = kind;
        ContainerName = containerName;
        MethodName = methodName;
        Variables = variables;
        Data = data;
        Records = records;
        Document = document;
    }

    /// <summary>The GraphQL operation name, sent as operationName.</summary>
    public string Name { get; }

    public OperationType Kind { get; }

    /// <summary>The static class holding the operation's records, e.g. CreateTenantMutation.</summary>
    public string ContainerName { get; }

    /// <summary>The client method, e.g. CreateTenantAsync (subscriptions have no Async suffix).</summary>
    public string MethodName { get; }

    public IReadOnlyList<VariableModel> Variables { get; }

    /// <summary>The root record, named Data.</summary>
    public ResultRecord Data { get; }

    /// <summary>All records of the operation in a stable, depth-first order, Data first.</summary>
    public IReadOnlyList<ResultRecord> Records { get; }

    /// <summary>The GraphQL text sent to the server: the operation and every fragment it reaches.</summary>
    public string Document { get; }
}
