using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Where one card parameter's value comes from in a row: a cell (<see cref="Cell"/>, 0-based), the value of
/// one of the SMS template's variables (<see cref="VariableSlot"/>, its place among the row's values), a
/// constant, or nothing (an unmapped parameter is empty).
/// </summary>
public sealed record CardValueSource(SmartTemplateParameter Parameter, CardParameterSource? Kind, int Cell = -1, int VariableSlot = -1, string? Constant = null)
{
    public static CardValueSource Empty(SmartTemplateParameter parameter) => new(parameter, null);
}
