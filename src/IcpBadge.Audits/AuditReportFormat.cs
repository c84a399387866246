using System.Text;

namespace IcpBadge.Audits;

/// <summary>How <c>audit</c> and <c>history</c> print: text in one language, or JSON (the same in every language).</summary>
public enum AuditReportFormat
{
    /// <summary>Text in one language.</summary>
    Text,

    /// <summary>UTF-8 JSON ending with a newline.</summary>
    Json,
}

/// <summary>Puts a UTF-8 JSON document onto a text writer: straight onto its stream when it is a UTF-8 stream writer (stdout), else as text.</summary>
internal static class JsonOntoText
{
    public static void Write(TextWriter output, Action<Stream> writeJson)
    {
        if (output is StreamWriter { Encoding: UTF8Encoding } stream)
        {
            stream.Flush();
            writeJson(stream.BaseStream);
            stream.BaseStream.Flush();
            return;
        }

        using var buffer = new MemoryStream();
        writeJson(buffer);
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
