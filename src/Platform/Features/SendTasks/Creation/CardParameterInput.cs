using System.ComponentModel;

namespace KooMessage.Platform.Features.SendTasks;

[Description("Maps one parameter of the task's card to its source.")]
public sealed record CardParameterInput
{
    [Description("The card parameter's name.")] public required string Name { get; init; }

    [Description("COLUMN, VARIABLE or CONSTANT.")] public required CardParameterSource Source { get; init; }

    [Description("COLUMN: the column's name in the task's `columns`.")] public string? Column { get; init; }

    [Description("COLUMN: the column's position in a row (1 = the phone number), instead of its name.")] public int? ColumnIndex { get; init; }

    [Description("VARIABLE: n of the SMS template's ${n}.")] public int? Variable { get; init; }

    [Description("CONSTANT: the value every recipient gets.")] public string? Value { get; init; }
}
