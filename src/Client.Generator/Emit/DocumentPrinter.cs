using System.Collections.Generic;
using System.Linq;
using System.Text;
using GraphQLParser.AST;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Emit;

/// <summary>
/// Prints the GraphQL document an operation sends: the operation, then the fragments it reaches in
/// name order, normalised (two-space indent, no comments) and with <c>__typename</c> added to every
/// selection on an interface or union, which the result parser needs to pick the right record.
/// </summary>
internal static class DocumentPrinter
{
    public static string Print(GraphQLOperationDefinition operation, IEnumerable<GraphQLFragmentDefinition> fragments, SchemaModel schema)
    {
        var builder = new StringBuilder();
        var printer = new Printer(builder, schema);
        printer.Operation(operation);
        foreach (var fragment in fragments.OrderBy(f => f.FragmentName.Name.StringValue, System.StringComparer.Ordinal))
        {
            builder.Append('\n');
            printer.Fragment(fragment);
        }

        return builder.ToString();
    }

    private sealed class Printer
    {
        private readonly StringBuilder _out;
        private readonly SchemaModel _schema;

        public Printer(StringBuilder output, SchemaModel schema)
        {
            _out = output;
            _schema = schema;
        }

        public void Operation(GraphQLOperationDefinition operation)
        {
            _out.Append(operation.Operation.ToString().ToLowerInvariant()).Append(' ').Append(operation.Name!.StringValue);
            if (operation.Variables is { Count: > 0 } variables)
            {
                _out.Append('(');
                for (var i = 0; i < variables.Count; i++)
                {
                    var variable = variables.Items[i];
                    _out.Append(i == 0 ? string.Empty : ", ").Append('$').Append(variable.Variable.Name.StringValue).Append(": ").Append(TypeRef.From(variable.Type));
                    if (variable.DefaultValue is { } defaultValue)
                    {
                        _out.Append(" = ");
                        Value(defaultValue);
                    }
                }

                _out.Append(')');
            }

            var root = operation.Operation switch
            {
                OperationType.Mutation => _schema.MutationType!,
                OperationType.Subscription => _schema.SubscriptionType!,
                _ => _schema.QueryType,
            };
            SelectionSet(operation.SelectionSet, _schema.Find(root)!, 0);
            _out.Append('\n');
        }

        public void Fragment(GraphQLFragmentDefinition fragment)
        {
            var type = fragment.TypeCondition.Type.Name.StringValue;
            _out.Append("fragment ").Append(fragment.FragmentName.Name.StringValue).Append(" on ").Append(type);
            SelectionSet(fragment.SelectionSet, _schema.Find(type)!, 0);
            _out.Append('\n');
        }

        private void SelectionSet(GraphQLSelectionSet set, SchemaType parent, int depth)
        {
            _out.Append(" {\n");
            var indent = new string(' ', (depth + 1) * 2);
            if (parent.IsAbstract && !set.Selections.OfType<GraphQLField>().Any(f => f.Alias is null && f.Name.StringValue == "__typename"))
            {
                _out.Append(indent).Append("__typename\n");
            }

            foreach (var selection in set.Selections)
            {
                _out.Append(indent);
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is { } alias)
                        {
                            _out.Append(alias.Name.StringValue).Append(": ");
                        }

                        _out.Append(field.Name.StringValue);
                        Arguments(field.Arguments);
                        Directives(field.Directives);
                        if (field.SelectionSet is { Selections.Count: > 0 } children)
                        {
                            var fieldType = parent.FindField(field.Name.StringValue)!.Type.Name;
                            SelectionSet(children, _schema.Find(fieldType)!, depth + 1);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        _out.Append("...");
                        var condition = parent;
                        if (inline.TypeCondition is { } typeCondition)
                        {
                            _out.Append(" on ").Append(typeCondition.Type.Name.StringValue);
                            condition = _schema.Find(typeCondition.Type.Name.StringValue)!;
                        }

                        Directives(inline.Directives);
                        SelectionSet(inline.SelectionSet, condition, depth + 1);
                        break;
                    case GraphQLFragmentSpread spread:
                        _out.Append("...").Append(spread.FragmentName.Name.StringValue);
                        Directives(spread.Directives);
                        break;
                }

                _out.Append('\n');
            }

            _out.Append(new string(' ', depth * 2)).Append('}');
        }

        private void Arguments(GraphQLArguments? arguments)
        {
            if (arguments is not { Count: > 0 })
            {
                return;
            }

            _out.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                _out.Append(i == 0 ? string.Empty : ", ").Append(arguments.Items[i].Name.StringValue).Append(": ");
                Value(arguments.Items[i].Value);
            }

            _out.Append(')');
        }

        private void Directives(GraphQLDirectives? directives)
        {
            foreach (var directive in directives?.Items ?? new List<GraphQLDirective>())
            {
                _out.Append(" @").Append(directive.Name.StringValue);
                Arguments(directive.Arguments);
            }
        }

        private void Value(GraphQLValue value)
        {
            switch (value)
            {
                case GraphQLVariable variable:
                    _out.Append('$').Append(variable.Name.StringValue);
                    break;
                case GraphQLIntValue intValue:
                    _out.Append(intValue.Value.ToString());
                    break;
                case GraphQLFloatValue floatValue:
                    _out.Append(floatValue.Value.ToString());
                    break;
                case GraphQLBooleanValue boolValue:
                    _out.Append(boolValue.BoolValue ? "true" : "false");
                    break;
                case GraphQLNullValue:
                    _out.Append("null");
                    break;
                case GraphQLEnumValue enumValue:
                    _out.Append(enumValue.Name.StringValue);
                    break;
                case GraphQLStringValue stringValue:
                    String(stringValue.Value.ToString());
                    break;
                case GraphQLListValue list:
                    _out.Append('[');
                    var values = list.Values ?? new List<GraphQLValue>();
                    for (var i = 0; i < values.Count; i++)
                    {
                        _out.Append(i == 0 ? string.Empty : ", ");
                        Value(values[i]);
                    }

                    _out.Append(']');
                    break;
                case GraphQLObjectValue objectValue:
                    _out.Append('{');
                    var fields = objectValue.Fields ?? new List<GraphQLObjectField>();
                    for (var i = 0; i < fields.Count; i++)
                    {
                        _out.Append(i == 0 ? string.Empty : ", ").Append(fields[i].Name.StringValue).Append(": ");
                        Value(fields[i].Value);
                    }

                    _out.Append('}');
                    break;
            }
        }

        private void String(string text)
        {
            _out.Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': _out.Append("\\\""); break;
                    case '\\': _out.Append("\\\\"); break;
                    case '\n': _out.Append("\\n"); break;
                    case '\r': _out.Append("\\r"); break;
                    case '\t': _out.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            _out.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _out.Append(c);
                        }

                        break;
                }
            }

            _out.Append('"');
        }
    }
}
