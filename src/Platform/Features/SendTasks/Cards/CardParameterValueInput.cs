using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("One card parameter's value for an effect preview.")]
public sealed record CardParameterValueInput
{
    [Description("The card parameter's name.")] public required string Name { get; init; }

    [Description("Its value, within the parameter's maxLength.")] public required string Value { get; init; }
}
