using System;
using System.Collections.Generic;

#region Models
namespace Kiln.Models
{
    /// <summary>A page.</summary>
    public sealed class Page : IComparable<Page>
    {
        public string Title { get; set; } = "untitled";
        private readonly List<string> _tags = new();
        public const double Ratio = 1.5e+3d;

        public int CompareTo(Page? other) => string.Compare(Title, other?.Title, StringComparison.Ordinal);

        public override string ToString()
        {
            var path = @"C:\sites\""kiln""";
            var count = 0x1F + 42u;
            char c = '\n';
            return $"Page {Title} ({_tags.Count} tags, {count:D3}) {path}";
        }

        static async Task<int> LoadAsync(string path) { await Task.Delay(10); return 0; }
    }
}
#endregion
