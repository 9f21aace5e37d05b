using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Emulator.Protobuf;

/// <summary>A minimal protobuf wire-format reader: fields as (number, wire type, value) with length-delimited payloads as bytes.</summary>
internal static class ProtoReader
{
    public readonly record struct Field(int Number, int WireType, ulong Varint, ReadOnlyMemory<byte> Bytes);

    public static List<Field> Read(ReadOnlyMemory<byte> data)
    {
        var fields = new List<Field>();
        var span = data.Span;
        var pos = 0;
        while (pos < span.Length)
        {
            var key = Varint(span, ref pos);
            var number = (int)(key >> 3);
            var wire = (int)(key & 7);
            switch (wire)
            {
                case 0:
                    fields.Add(new Field(number, wire, Varint(span, ref pos), default));
                    break;
                case 1:
                    fields.Add(new Field(number, wire, BitConverter.ToUInt64(span.Slice(pos, 8)), default));
                    pos += 8;
                    break;
                case 2:
                    var length = (int)Varint(span, ref pos);
                    fields.Add(new Field(number, wire, 0, data.Slice(pos, length)));
                    pos += length;
                    break;
                case 5:
                    fields.Add(new Field(number, wire, BitConverter.ToUInt32(span.Slice(pos, 4)), default));
                    pos += 4;
                    break;
                default:
                    throw new FormatException($"unsupported protobuf wire type {wire}");
            }
        }
        return fields;
    }

    private static ulong Varint(ReadOnlySpan<byte> span, ref int pos)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = span[pos++];
            result |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new FormatException("malformed varint");
    }
}
