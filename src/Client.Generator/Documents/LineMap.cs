using System.Collections.Generic;

namespace KooMessage.Client.Generator.Documents;

/// <summary>Translates character offsets in a file into zero-based line and column numbers.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\n' or '\r')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) GetPosition(int offset)
    {
        offset = offset < 0 ? 0 : offset > _length ? _length : offset;
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }

    /// <summary>GraphQL-Parser reports syntax errors as one-based line and column; this finds the offset.</summary>
    public int GetOffset(int oneBasedLine, int oneBasedColumn)
    {
        var line = oneBasedLine - 1;
        if (line < 0)
        {
            return 0;
        }

        if (line >= _lineStarts.Count)
        {
            return _length;
        }

        var offset = _lineStarts[line] + oneBasedColumn - 1;
        return offset > _length ? _length : offset;
    }
}
