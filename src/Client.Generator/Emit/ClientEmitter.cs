using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Model;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Emit;

/// <summary>Emits IKooMessageClient, KooMessageClient and the AddKooMessageClient registration.</summary>
internal static class ClientEmitter
{
    public const string InterfaceName = "IKooMessageClient";
    public const string ClassName = "KooMessageClient";
    public const string ExtensionsName = "KooMessageClientServiceCollectionExtensions";
    public const string DocumentsName = "KooMessageOperationDocuments";

    private const string Runtime = ScalarMapping.Runtime;
    private const string CancellationToken = "global::System.Threading.CancellationToken";

    public static string EmitInterface(IReadOnlyList<OperationModel> operations, SchemaModel schema, string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Line("/// <summary>The typed KooMessage client: one method per operation in the Operations folder.</summary>");
        using (writer.Block($"public interface {InterfaceName}"))
        {
            var first = true;
            foreach (var operation in operations)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Line($"/// <summary>Runs the <c>{operation.Name}</c> {operation.Kind.ToString().ToLowerInvariant()}.</summary>");
                writer.Line(Signature(operation, schema, ns, withDefaults: true) + ";");
                if (operation.Kind == OperationType.Subscription)
                {
                    writer.Line();
                    writer.Line($"/// <summary>The <c>{operation.Name}</c> subscription as an observable; it subscribes on Subscribe and completes the subscription on Dispose.</summary>");
                    writer.Line(ObservableSignature(operation, schema, ns, withDefaults: true) + ";");
                }
            }
        }

        return writer.ToString();
    }

    public static string EmitClass(IReadOnlyList<OperationModel> operations, SchemaModel schema, string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Line($"/// <summary>Runs operations over the transports registered by AddKooMessageClient.</summary>");
        using (writer.Block($"public sealed class {ClassName} : global::{ns}.{InterfaceName}"))
        {
            writer.Line($"private readonly {Runtime}.IOperationTransport _operations;");
            writer.Line($"private readonly {Runtime}.ISubscriptionTransport _subscriptions;");
            writer.Line();
            using (writer.Block($"public {ClassName}({Runtime}.IOperationTransport operations, {Runtime}.ISubscriptionTransport subscriptions)"))
            {
                writer.Line("_operations = operations ?? throw new global::System.ArgumentNullException(nameof(operations));");
                writer.Line("_subscriptions = subscriptions ?? throw new global::System.ArgumentNullException(nameof(subscriptions));");
            }

            foreach (var operation in operations)
            {
                writer.Line();
                WriteMethod(writer, operation, schema, ns);
            }
        }

        return writer.ToString();
    }

    public static string EmitRegistration(string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Line("/// <summary>Registers the typed client with dependency injection.</summary>");
        using (writer.Block($"public static class {ExtensionsName}"))
        {
            writer.Line("/// <summary>Adds IKooMessageClient and its HTTP and WebSocket transports; configure the endpoint and API key in <paramref name=\"configure\"/>.</summary>");
            using (writer.Block($"public static {Runtime}.IKooMessageClientBuilder AddKooMessageClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<{Runtime}.KooMessageClientOptions> configure)"))
            {
                writer.Line($"var builder = {Runtime}.KooMessageTransportRegistration.AddKooMessageTransports(services, configure);");
                writer.Line($"global::Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddTransient<global::{ns}.{InterfaceName}, global::{ns}.{ClassName}>(services);");
                writer.Line("return builder;");
            }
        }

        return writer.ToString();
    }

    /// <summary>
    /// Every document the client sends, exactly as sent: the trusted documents a server that runs only
    /// known documents is given (their ids are <c>DocumentIds.Of(document)</c>).
    /// </summary>
    public static string EmitDocuments(IReadOnlyList<OperationModel> operations, string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Line("/// <summary>The document of every operation in the Operations folder, exactly as the client sends it (the trusted documents).</summary>");
        using (writer.Block($"public static class {DocumentsName}"))
        {
            writer.Line("/// <summary>The documents in operation order.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = new string[]");
            writer.Line("{");
            writer.Indent();
            foreach (var operation in operations)
            {
                writer.Line($"global::{ns}.{operation.ContainerName}.OperationText,");
            }

            writer.Outdent();
            writer.Line("};");
        }

        return writer.ToString();
    }

    private static void WriteMethod(CodeWriter writer, OperationModel operation, SchemaModel schema, string ns)
    {
        var names = Locals(operation);
        var request = $"new {Runtime}.OperationRequest(\"{operation.Name}\", global::{ns}.{operation.ContainerName}.OperationText, {names.Variables})";
        var parser = $"global::{ns}.{operation.ContainerName}.Parse{operation.Data.Name}";
        using (writer.Block("public " + Signature(operation, schema, ns, withDefaults: true)))
        {
            WriteVariables(writer, operation, schema, ns, names.Variables);
            writer.Line(operation.Kind == OperationType.Subscription
                ? $"return _subscriptions.SubscribeAsync({request}, {parser}, {names.Token});"
                : $"return _operations.ExecuteAsync({request}, {parser}, {names.Token});");
        }

        if (operation.Kind == OperationType.Subscription)
        {
            writer.Line();
            var arguments = string.Join(", ", Ordered(operation).Select(v => v.ParameterName).Concat(new[] { names.Token }));
            writer.Line($"public {ObservableSignature(operation, schema, ns, withDefaults: true)} =>");
            writer.Line($"    new {Runtime}.SubscriptionObservable<{ResultType(operation, ns)}>({names.Token} => {operation.MethodName}({arguments}));");
        }
    }

    private static void WriteVariables(CodeWriter writer, OperationModel operation, SchemaModel schema, string ns, string local)
    {
        var required = operation.Variables.Where(v => !v.IsOptional).ToArray();
        if (required.Length == 0)
        {
            writer.Line($"var {local} = new global::System.Collections.Generic.Dictionary<string, object?>();");
        }
        else
        {
            writer.Line($"var {local} = new global::System.Collections.Generic.Dictionary<string, object?>");
            writer.Line("{");
            writer.Indent();
            foreach (var variable in required)
            {
                writer.Line($"[\"{variable.Name}\"] = {VariableValues.Convert(variable.Type, variable.ParameterName, schema, ns)},");
            }

            writer.Outdent();
            writer.Line("};");
        }

        // Optional variables left null are not sent, so the server applies the operation's default.
        foreach (var variable in operation.Variables.Where(v => v.IsOptional))
        {
            using (writer.Block($"if ({variable.ParameterName} is not null)"))
            {
                writer.Line($"{local}[\"{variable.Name}\"] = {VariableValues.Convert(variable.Type.Nullable(), variable.ParameterName, schema, ns)};");
            }
        }
    }

    private static string Signature(OperationModel operation, SchemaModel schema, string ns, bool withDefaults)
    {
        var names = Locals(operation);
        var parameters = Parameters(operation, schema, ns, withDefaults)
            .Concat(new[] { $"{CancellationToken} {names.Token}" + (withDefaults ? " = default" : string.Empty) });
        var returnType = operation.Kind == OperationType.Subscription
            ? $"global::System.Collections.Generic.IAsyncEnumerable<{ResultType(operation, ns)}>"
            : $"global::System.Threading.Tasks.Task<{ResultType(operation, ns)}>";
        return $"{returnType} {operation.MethodName}({string.Join(", ", parameters)})";
    }

    private static string ObservableSignature(OperationModel operation, SchemaModel schema, string ns, bool withDefaults) =>
        $"global::System.IObservable<{ResultType(operation, ns)}> {operation.MethodName}Observable({string.Join(", ", Parameters(operation, schema, ns, withDefaults))})";

    private static IEnumerable<string> Parameters(OperationModel operation, SchemaModel schema, string ns, bool withDefaults) =>
        Ordered(operation).Select(v => $"{VariableValues.CSharpType(v.Type, schema, ns, v.IsOptional)} {v.ParameterName}" + (v.IsOptional && withDefaults ? " = null" : string.Empty));

    /// <summary>Required variables first (C# wants optional parameters last), each group in declaration order.</summary>
    private static IEnumerable<VariableModel> Ordered(OperationModel operation) =>
        operation.Variables.Where(v => !v.IsOptional).Concat(operation.Variables.Where(v => v.IsOptional));

    private static string ResultType(OperationModel operation, string ns) =>
        $"{Runtime}.OperationResult<global::{ns}.{operation.ContainerName}.{operation.Data.Name}>";

    /// <summary>Local and parameter names that cannot clash with a GraphQL variable of the same name.</summary>
    private static (string Variables, string Token) Locals(OperationModel operation)
    {
        var taken = new HashSet<string>(operation.Variables.Select(v => v.ParameterName));
        return (taken.Contains("variables") ? "operationVariables" : "variables", taken.Contains("cancellationToken") ? "cancellation" : "cancellationToken");
    }
}
