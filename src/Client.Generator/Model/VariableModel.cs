using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Model;

/// <summary>An operation variable, which becomes a parameter of the client method.</summary>
internal sealed record VariableModel(string Name, string ParameterName, TypeRef Type, bool HasDefault)
{
    /// <summary>A caller may leave it out: nullable, or the operation gives a default the server applies.</summary>
    public bool IsOptional => !Type.IsNonNull || HasDefault;
}
