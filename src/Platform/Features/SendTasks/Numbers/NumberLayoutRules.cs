using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// Checks a task's declared number-file layout and card parameter mapping against its SMS template and card
/// (pure). Declaration mistakes are input errors; what a row holds is judged row by row by the parser.
/// </summary>
public static class NumberLayoutRules
{
    public const int MaxColumns = 50;
    public const int ColumnNameMax = 32;

    public static NumberFileLayout Build(InputValidator v, IReadOnlyList<TemplateVariable> variables, bool isFile,
        IReadOnlyList<SmartTemplateParameter> parameters, IReadOnlyList<string>? columns, IReadOnlyList<CardParameterInput>? mappings)
    {
        var declared = columns?.Select(c => c.Trim()).ToList();
        if (declared is not null)
            ValidateColumns(v, declared, variables, isFile);

        var values = parameters.Select(CardValueSource.Empty).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (mappings?.Count ?? 0); i++)
        {
            var mapping = mappings![i];
            var field = $"cardParameters[{i}]";
            var slot = parameters.Select(p => p.Name).ToList().IndexOf(mapping.Name.Trim());
            if (slot < 0)
            {
                v.Fail($"{field}.name", $"The card has no parameter '{mapping.Name}'.");
                continue;
            }
            if (!seen.Add(parameters[slot].Name))
            {
                v.Fail($"{field}.name", $"The parameter '{mapping.Name}' is mapped twice.");
                continue;
            }
            if (Source(v, field, mapping, parameters[slot], variables, declared) is { } source)
                values[slot] = source;
        }
        return NumberFileLayout.ForSmsTemplate(variables, allowCustomUrl: isFile) with
        {
            Header = declared,
            ValueCells = declared is null ? [] : variables.Select(x => declared.IndexOf(NumberFileLayout.VariableColumn(x.Index))).ToList(),
            CardValues = values,
        };
    }

    private static void ValidateColumns(InputValidator v, List<string> columns, IReadOnlyList<TemplateVariable> variables, bool isFile)
    {
        if (columns.Count is < 1 or > MaxColumns)
            v.Fail("columns", $"A number file has 1–{MaxColumns} columns.");
        else if (columns[0] != NumberFileLayout.PhoneColumn)
            v.Fail("columns", $"The first column is '{NumberFileLayout.PhoneColumn}'.");
        for (var i = 0; i < columns.Count && i < MaxColumns; i++)
        {
            if (columns[i].Length is 0 or > ColumnNameMax)
                v.Fail($"columns[{i}]", $"A column name has 1–{ColumnNameMax} characters.");
            else if (columns.IndexOf(columns[i]) != i)
                v.Fail($"columns[{i}]", $"The column '{columns[i]}' is named twice.");
            else if (columns[i].StartsWith("${", StringComparison.Ordinal) && !variables.Any(x => NumberFileLayout.VariableColumn(x.Index) == columns[i]))
                v.Fail($"columns[{i}]", $"The SMS template has no variable {columns[i]}.");
            else if (columns[i] == NumberFileLayout.CustomUrlColumn && !isFile)
                v.Fail($"columns[{i}]", "Custom URLs come only from number files.");
        }
        foreach (var variable in variables.Where(x => !columns.Contains(NumberFileLayout.VariableColumn(x.Index))))
            v.Fail("columns", $"No column gives the SMS template's variable {NumberFileLayout.VariableColumn(variable.Index)}.");
    }

    private static CardValueSource? Source(InputValidator v, string field, CardParameterInput mapping, SmartTemplateParameter parameter,
        IReadOnlyList<TemplateVariable> variables, List<string>? columns)
    {
        switch (mapping.Source)
        {
            case CardParameterSource.Column:
                if (columns is null)
                {
                    v.Fail("columns", "Card parameters read from columns: declare the number file's columns.");
                    return null;
                }
                if ((mapping.Column is null) == (mapping.ColumnIndex is null))
                {
                    v.Fail($"{field}.column", "Give the column's name or its position, one of them.");
                    return null;
                }
                var cell = mapping.Column is { } name ? columns.IndexOf(name.Trim()) : mapping.ColumnIndex!.Value - 1;
                if (cell < 1 || cell >= columns.Count || columns[cell] == NumberFileLayout.CustomUrlColumn)
                {
                    v.Fail(mapping.Column is null ? $"{field}.columnIndex" : $"{field}.column", "No such column among the declared ones (other than the phone and custom URL).");
                    return null;
                }
                return new CardValueSource(parameter, CardParameterSource.Column, Cell: cell);
            case CardParameterSource.Variable:
                var slot = variables.Select(x => x.Index).ToList().IndexOf(mapping.Variable ?? -1);
                if (slot < 0)
                {
                    v.Fail($"{field}.variable", "Name one of the SMS template's variables (not its short link).");
                    return null;
                }
                return new CardValueSource(parameter, CardParameterSource.Variable, VariableSlot: slot);
            default:
                if (mapping.Value is null || !SmartTemplateRules.AcceptsValue(parameter, mapping.Value))
                {
                    v.Fail($"{field}.value", $"A constant has at most {parameter.ValueMax} characters and no control or direction-override characters.");
                    return null;
                }
                return new CardValueSource(parameter, CardParameterSource.Constant, Constant: mapping.Value);
        }
    }
}
