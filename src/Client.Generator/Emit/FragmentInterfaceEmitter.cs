using System.Linq;
using KooMessage.Client.Generator.Model;

namespace KooMessage.Client.Generator.Emit;

/// <summary>Emits a fragment's interface, with nested interfaces for the objects it selects.</summary>
internal static class FragmentInterfaceEmitter
{
    public static string Emit(FragmentInterface fragmentInterface, string fragmentName, string ns)
    {
        var writer = CodeWriter.ForFile(ns);
        writer.Line($"/// <summary>The fields of fragment <c>{fragmentName}</c> on <c>{fragmentInterface.GraphQLType}</c>, implemented by every record that spreads it.</summary>");
        Write(writer, fragmentInterface, ns);
        return writer.ToString();
    }

    private static void Write(CodeWriter writer, FragmentInterface fragmentInterface, string ns)
    {
        var bases = fragmentInterface.BaseInterfaces.Count == 0
            ? string.Empty
            : " : " + string.Join(", ", fragmentInterface.BaseInterfaces.Select(b => $"global::{ns}.{b.FullName}"));
        using (writer.Block($"public interface {fragmentInterface.Name}{bases}"))
        {
            var first = true;
            foreach (var member in fragmentInterface.Members)
            {
                var type = member.Nested is { } nested
                    ? CSharpTypes.Format(member.Type, $"global::{ns}.{nested.FullName}")
                    : CSharpTypes.Format(member.Type, member.Leaf!.CSharpType);
                writer.Line($"{type} {member.PropertyName} {{ get; }}");
                first = false;
            }

            foreach (var nested in fragmentInterface.Nested)
            {
                if (!first)
                {
                    writer.Line();
                }

                writer.Line($"/// <summary>The fields selected on <c>{nested.GraphQLType}</c> inside this fragment.</summary>");
                Write(writer, nested, ns);
                first = false;
            }
        }
    }
}
