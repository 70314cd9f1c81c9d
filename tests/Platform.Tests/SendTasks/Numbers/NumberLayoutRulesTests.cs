using System.Text;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Messaging;
using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Tests.SendTasks;

/// <summary>A task's declared columns and card parameter sources: declaration mistakes are input errors, row problems are counted.</summary>
public sealed class NumberLayoutRulesTests
{
    private static readonly TemplateVariable Order = new(1, TemplateVariableType.CharDigit, 10);
    private static readonly SmartTemplateParameter Name = new("name", null, 5);
    private static readonly SmartTemplateParameter Shop = new("shop", null);
    private static readonly SmartTemplateParameter Code = new("code", null);

    private static CardParameterInput Map(string name, CardParameterSource source, string? column = null, int? index = null, int? variable = null, string? value = null)
        => new() { Name = name, Source = source, Column = column, ColumnIndex = index, Variable = variable, Value = value };

    private static (NumberFileLayout Layout, List<string?> Fields) Build(IReadOnlyList<string>? columns, params CardParameterInput[] mappings)
    {
        var v = new InputValidator();
        var layout = NumberLayoutRules.Build(v, [Order], isFile: true, [Name, Shop, Code], columns, mappings);
        try
        {
            v.ThrowIfInvalid();
            return (layout, []);
        }
        catch (DomainException ex)
        {
            return (layout, ex.Errors.OfType<ValidationError>().Select(e => (string?)e.Field).ToList());
        }
    }

    [Fact]
    public async Task Columns_variables_and_constants_fill_each_row_and_bad_values_make_the_row_invalid()
    {
        var (layout, fields) = Build(["phone", "name", "${1}", "customUrl"],
            Map("name", CardParameterSource.Column, column: "name"), Map("code", CardParameterSource.Variable, variable: 1), Map("shop", CardParameterSource.Constant, value: "旗舰店"));
        Assert.Empty(fields);
        var csv = "phone,name,order,url\n13800138000,张三,A1\n13800138001,<b>,A2,https://x.example.cn\n13800138002,太长的名字了,A3\n13800138003,\u202Eab,A4\n13800138004,李四\n";
        var recipients = new List<ParsedRecipient>();
        var result = await NumberParser.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), layout, _ => true,
            r => { recipients.Add(r); return ValueTask.CompletedTask; }, CancellationToken.None);

        Assert.Equal(3, result.Invalid);
        Assert.Equal(["张三", "旗舰店", "A1"], recipients[0].Parameters);
        Assert.Equal(["<b>", "旗舰店", "A2"], recipients[1].Parameters);
        Assert.Equal("https://x.example.cn", recipients[1].CustomUrl);
        Assert.Equal(["INVALID_PARAMETER", "INVALID_PARAMETER", "MISSING_COLUMNS"], recipients.Skip(2).Select(r => r.Problem));
    }

    [Fact]
    public void Declaration_mistakes_name_their_field()
    {
        Assert.Equal(["columns"], Build(["name", "phone", "${1}"]).Fields.Distinct());
        Assert.Contains("columns", Build(["phone", "name"]).Fields);
        Assert.Equal(["cardParameters[0].column"], Build(["phone", "${1}", "name"], Map("name", CardParameterSource.Column, column: "nom")).Fields);
        Assert.Equal(["cardParameters[0].columnIndex"], Build(["phone", "${1}"], Map("name", CardParameterSource.Column, index: 1)).Fields);
        Assert.Equal(["columns"], Build(null, Map("name", CardParameterSource.Column, column: "name")).Fields);
        Assert.Equal(["cardParameters[0].variable"], Build(null, Map("name", CardParameterSource.Variable, variable: 2)).Fields);
        Assert.Equal(["cardParameters[0].value"], Build(null, Map("name", CardParameterSource.Constant, value: new string('x', 6))).Fields);
        Assert.Equal(["cardParameters[1].name", "cardParameters[2].name"],
            Build(null, Map("shop", CardParameterSource.Constant, value: "a"), Map("shop", CardParameterSource.Constant, value: "b"), Map("who", CardParameterSource.Constant, value: "c")).Fields);
    }
}
