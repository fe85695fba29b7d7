using System.Globalization;

namespace GrainFlow.Model;

/// <summary>
/// Builds a <see cref="RecordBatch"/> row by row into growable column arrays. Callers resolve a column handle once
/// (<see cref="Column"/>) and then set values by handle, so the per-record cost is an array store. A builder is
/// reused: <see cref="Build"/> hands the arrays to the batch and starts afresh, sized for the rows the caller expects
/// (<see cref="Expect"/>) or else for as many as the last batch had. Sized right, the arrays neither grow nor need
/// trimming; sized wrong, every column is allocated twice, which at millions of records a second is most of what the
/// data plane allocates.
/// </summary>
public sealed class RecordBatchBuilder
{
    private readonly List<ColumnBuffer> _columns = [];
    private readonly int _initialCapacity;
    private int _count;
    private int _lastCount;
    private int _expected;

    public RecordBatchBuilder(int initialCapacity = 256) => _initialCapacity = Math.Max(4, initialCapacity);

    public int Count => _count;

    /// <summary>The handle of the column <paramref name="name"/>, created if new; a type clash turns it into text.</summary>
    public int Column(string name, FieldType type)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            if (_columns[i].Name == name)
            {
                if (_columns[i].Type != type)
                {
                    _columns[i].ConvertToString(_count);
                }

                return i;
            }
        }

        var capacity = _expected > 0 ? _expected : _lastCount > 0 ? _lastCount : _initialCapacity;
        _columns.Add(new ColumnBuffer(name, type, Math.Max(capacity, _count + 1)));
        return _columns.Count - 1;
    }

    /// <summary>
    /// Says how many rows the batch being built will most likely have (an operator's output for one input batch: as
    /// many rows as the input, for a map or a keyed aggregate); columns created from now on are sized for it.
    /// </summary>
    public void Expect(int rows) => _expected = rows;

    /// <summary>Starts a new record and returns its row; fields not set on it are recorded as missing.</summary>
    public int AddRow() => _count++;

    public void SetInt64(int column, long value) => _columns[column].Set(_count - 1, value);

    public void SetDouble(int column, double value) => _columns[column].Set(_count - 1, value);

    public void SetString(int column, string? value) => _columns[column].Set(_count - 1, value);

    public void SetBoolean(int column, bool value) => _columns[column].Set(_count - 1, value ? 1L : 0L);

    /// <summary>Appends a copy of <paramref name="record"/>, every field under its own name and type.</summary>
    public void Append(Record record)
    {
        AddRow();
        var source = record.Batch;
        foreach (var col in source.Columns)
        {
            if (!col.IsPresent(record.Row))
            {
                continue;
            }

            var handle = Column(col.Name, col.Type);
            switch (col.Type)
            {
                case FieldType.Double: SetDouble(handle, col.Doubles![record.Row]); break;
                case FieldType.String: SetString(handle, col.Strings![record.Row]); break;
                default: _columns[handle].Set(_count - 1, col.Longs![record.Row]); break;
            }
        }
    }

    public RecordBatch Build(int[]? keyGroups = null)
    {
        var columns = new Column[_columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = _columns[i].Build(_count);
        }

        var batch = new RecordBatch(_count, columns, keyGroups);
        _columns.Clear();
        _lastCount = _count > 0 ? _count : _lastCount;
        _count = 0;
        _expected = 0;
        return batch;
    }

    private sealed class ColumnBuffer(string name, FieldType type, int capacity)
    {
        private long[]? _longs = type is FieldType.Int64 or FieldType.Boolean ? new long[capacity] : null;
        private double[]? _doubles = type == FieldType.Double ? new double[capacity] : null;
        private string?[]? _strings = type == FieldType.String ? new string?[capacity] : null;
        private bool[]? _missing;
        private int _filled; // rows [0, _filled) are decided: set, or marked missing

        public string Name { get; } = name;
        public FieldType Type { get; private set; } = type;

        public void Set(int row, long value)
        {
            Prepare(row);
            _longs![row] = value;
        }

        public void Set(int row, double value)
        {
            Prepare(row);
            _doubles![row] = value;
        }

        public void Set(int row, string? value)
        {
            Prepare(row);
            _strings![row] = value;
        }

        public void ConvertToString(int rows)
        {
            var strings = new string?[Math.Max(Capacity, rows + 1)];
            for (var r = 0; r < Math.Min(_filled, rows); r++)
            {
                strings[r] = Type switch
                {
                    FieldType.Double => _doubles![r].ToString("R", CultureInfo.InvariantCulture),
                    FieldType.Boolean => _longs![r] != 0 ? "true" : "false",
                    _ => _longs![r].ToString(CultureInfo.InvariantCulture),
                };
            }

            _strings = strings;
            _longs = null;
            _doubles = null;
            Type = FieldType.String;
        }

        public Column Build(int rows)
        {
            MarkMissingUpTo(rows);
            return new Column(Name, Type, Trim(_longs, rows), Trim(_doubles, rows), Trim(_strings, rows), Trim(_missing, rows));
        }

        private void Prepare(int row)
        {
            EnsureCapacity(row + 1);
            MarkMissingUpTo(row);
            if (_missing is not null && row < _filled)
            {
                _missing[row] = false;
            }

            _filled = Math.Max(_filled, row + 1);
        }

        private void MarkMissingUpTo(int row)
        {
            if (_filled >= row)
            {
                return;
            }

            EnsureCapacity(row);
            _missing ??= new bool[Capacity];
            for (var r = _filled; r < row; r++)
            {
                _missing[r] = true;
            }

            _filled = row;
        }

        private int Capacity => _longs?.Length ?? _doubles?.Length ?? _strings!.Length;

        private void EnsureCapacity(int size)
        {
            if (size <= Capacity)
            {
                return;
            }

            var newSize = Math.Max(size, Capacity * 2);
            if (_longs is not null) Array.Resize(ref _longs, newSize);
            if (_doubles is not null) Array.Resize(ref _doubles, newSize);
            if (_strings is not null) Array.Resize(ref _strings, newSize);
            if (_missing is not null) Array.Resize(ref _missing, newSize);
        }

        private static T[]? Trim<T>(T[]? array, int rows)
        {
            if (array is null || array.Length == rows)
            {
                return array;
            }

            var trimmed = new T[rows];
            Array.Copy(array, trimmed, rows);
            return trimmed;
        }
    }
}
