// A small PNG decoder for tests (no libpng/zlib needed): RFC 1950/1951
// inflate in the manner of zlib's puff.c, then PNG's row unfiltering.
// Handles 8-bit, non-interlaced grey, grey+alpha, RGB and RGBA images,
// which covers what cairo writes.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace test_support {

struct Image {
    std::size_t width = 0;
    std::size_t height = 0;
    std::size_t channels = 0;      // 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA
    std::vector<std::uint8_t> data;  // row-major, channels bytes per pixel

    // Luminance of the pixel composed over white, 0 (black) .. 255 (white).
    double lightness(std::size_t x, std::size_t y) const {
        const std::uint8_t* p = &data[(y * width + x) * channels];
        double lum = channels >= 3 ? 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2] : p[0];
        double alpha = (channels == 2 || channels == 4) ? p[channels - 1] / 255.0 : 1.0;
        return alpha * lum + (1.0 - alpha) * 255.0;
    }
    bool dark(std::size_t x, std::size_t y) const { return lightness(x, y) < 128.0; }
};

namespace png_detail {

class BitReader {
public:
    BitReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    unsigned bits(int need) {
        std::uint32_t value = buffer_;
        while (count_ < need) {
            if (pos_ >= size_) throw std::runtime_error("inflate: input ends early");
            value |= std::uint32_t(data_[pos_++]) << count_;
            count_ += 8;
        }
        buffer_ = need == 32 ? 0 : value >> need;
        count_ -= need;
        return need == 32 ? value : value & ((1u << need) - 1);
    }
    void align() { buffer_ = 0; count_ = 0; }
    std::uint8_t byte() {
        if (pos_ >= size_) throw std::runtime_error("inflate: input ends early");
        return data_[pos_++];
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
    std::uint32_t buffer_ = 0;
    int count_ = 0;
};

struct Huffman {
    std::vector<int> count = std::vector<int>(16, 0);
    std::vector<int> symbol;
    Huffman(const int* lengths, int n) : symbol(n) {
        for (int i = 0; i < n; ++i) count[lengths[i]]++;
        std::vector<int> offset(16, 0);
        for (int len = 1; len < 15; ++len) offset[len + 1] = offset[len] + count[len];
        for (int i = 0; i < n; ++i)
            if (lengths[i]) symbol[offset[lengths[i]]++] = i;
        count[0] = 0;
    }
    int decode(BitReader& in) const {
        int code = 0, first = 0, index = 0;
        for (int len = 1; len <= 15; ++len) {
            code |= static_cast<int>(in.bits(1));
            int c = count[len];
            if (code - c < first) return symbol[index + (code - first)];
            index += c;
            first = (first + c) << 1;
            code <<= 1;
        }
        throw std::runtime_error("inflate: bad Huffman code");
    }
};

inline void inflate_codes(BitReader& in, std::vector<std::uint8_t>& out, const Huffman& lencode,
                          const Huffman& distcode) {
    static const int lbase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                  31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    static const int lext[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    static const int dbase[30] = {1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
                                  193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    static const int dext[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
    for (;;) {
        int symbol = lencode.decode(in);
        if (symbol < 256) {
            out.push_back(static_cast<std::uint8_t>(symbol));
        } else if (symbol == 256) {
            return;
        } else {
            symbol -= 257;
            if (symbol >= 29) throw std::runtime_error("inflate: bad length symbol");
            std::size_t len = lbase[symbol] + in.bits(lext[symbol]);
            int d = distcode.decode(in);
            if (d >= 30) throw std::runtime_error("inflate: bad distance symbol");
            std::size_t dist = dbase[d] + in.bits(dext[d]);
            if (dist > out.size()) throw std::runtime_error("inflate: distance too far back");
            for (std::size_t i = 0; i < len; ++i) out.push_back(out[out.size() - dist]);
        }
    }
}

// zlib stream -> bytes (the Adler-32 trailer is not checked).
inline std::vector<std::uint8_t> inflate_zlib(const std::vector<std::uint8_t>& z) {
    if (z.size() < 2 || (z[0] & 0x0f) != 8) throw std::runtime_error("inflate: not a zlib stream");
    BitReader in(z.data() + 2, z.size() - 2);
    std::vector<std::uint8_t> out;
    int last = 0;
    do {
        last = static_cast<int>(in.bits(1));
        unsigned type = in.bits(2);
        if (type == 0) {
            in.align();
            unsigned len = in.byte();
            len |= unsigned(in.byte()) << 8;
            in.byte();
            in.byte();  // one's complement of len
            for (unsigned i = 0; i < len; ++i) out.push_back(in.byte());
        } else if (type == 1) {
            int lengths[288];
            int i = 0;
            for (; i < 144; ++i) lengths[i] = 8;
            for (; i < 256; ++i) lengths[i] = 9;
            for (; i < 280; ++i) lengths[i] = 7;
            for (; i < 288; ++i) lengths[i] = 8;
            int dist[30];
            for (int& d : dist) d = 5;
            inflate_codes(in, out, Huffman(lengths, 288), Huffman(dist, 30));
        } else if (type == 2) {
            static const int order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
            int nlen = static_cast<int>(in.bits(5)) + 257;
            int ndist = static_cast<int>(in.bits(5)) + 1;
            int ncode = static_cast<int>(in.bits(4)) + 4;
            int lengths[320] = {0};
            for (int i = 0; i < ncode; ++i) lengths[order[i]] = static_cast<int>(in.bits(3));
            Huffman lencode(lengths, 19);
            int index = 0;
            while (index < nlen + ndist) {
                int symbol = lencode.decode(in);
                if (symbol < 16) {
                    lengths[index++] = symbol;
                    continue;
                }
                int value = 0, repeat = 0;
                if (symbol == 16) {
                    if (index == 0) throw std::runtime_error("inflate: repeat with no length");
                    value = lengths[index - 1];
                    repeat = 3 + static_cast<int>(in.bits(2));
                } else if (symbol == 17) {
                    repeat = 3 + static_cast<int>(in.bits(3));
                } else {
                    repeat = 11 + static_cast<int>(in.bits(7));
                }
                if (index + repeat > nlen + ndist) throw std::runtime_error("inflate: too many lengths");
                while (repeat--) lengths[index++] = value;
            }
            inflate_codes(in, out, Huffman(lengths, nlen), Huffman(lengths + nlen, ndist));
        } else {
            throw std::runtime_error("inflate: bad block type");
        }
    } while (!last);
    return out;
}

inline std::uint32_t big_endian(const std::string& s, std::size_t at) {
    return (std::uint32_t(std::uint8_t(s[at])) << 24) | (std::uint32_t(std::uint8_t(s[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(s[at + 2])) << 8) | std::uint32_t(std::uint8_t(s[at + 3]));
}

}  // namespace png_detail

// Decodes PNG bytes; throws std::runtime_error for anything it cannot read.
inline Image decode_png(const std::string& png) {
    using namespace png_detail;
    if (png.size() < 8 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) throw std::runtime_error("png: bad signature");
    Image image;
    int colour_type = -1;
    std::vector<std::uint8_t> compressed;
    for (std::size_t at = 8; at + 12 <= png.size();) {
        std::uint32_t length = big_endian(png, at);
        std::string type = png.substr(at + 4, 4);
        std::size_t body = at + 8;
        if (body + length + 4 > png.size()) throw std::runtime_error("png: truncated chunk");
        if (type == "IHDR") {
            image.width = big_endian(png, body);
            image.height = big_endian(png, body + 4);
            int depth = std::uint8_t(png[body + 8]);
            colour_type = std::uint8_t(png[body + 9]);
            int interlace = std::uint8_t(png[body + 12]);
            if (depth != 8 || interlace != 0) throw std::runtime_error("png: only 8-bit non-interlaced");
        } else if (type == "IDAT") {
            compressed.insert(compressed.end(), png.begin() + body, png.begin() + body + length);
        } else if (type == "IEND") {
            break;
        }
        at = body + length + 4;
    }
    switch (colour_type) {
    case 0: image.channels = 1; break;
    case 2: image.channels = 3; break;
    case 4: image.channels = 2; break;
    case 6: image.channels = 4; break;
    default: throw std::runtime_error("png: unsupported colour type");
    }
    std::vector<std::uint8_t> raw = inflate_zlib(compressed);
    const std::size_t stride = image.width * image.channels, bpp = image.channels;
    if (raw.size() < image.height * (stride + 1)) throw std::runtime_error("png: too little image data");
    image.data.assign(image.height * stride, 0);
    for (std::size_t y = 0; y < image.height; ++y) {
        int filter = raw[y * (stride + 1)];
        const std::uint8_t* in = &raw[y * (stride + 1) + 1];
        std::uint8_t* row = &image.data[y * stride];
        const std::uint8_t* up = y ? &image.data[(y - 1) * stride] : nullptr;
        for (std::size_t i = 0; i < stride; ++i) {
            int a = i >= bpp ? row[i - bpp] : 0, b = up ? up[i] : 0, c = (up && i >= bpp) ? up[i - bpp] : 0;
            int predictor = 0;
            switch (filter) {
            case 0: predictor = 0; break;
            case 1: predictor = a; break;
            case 2: predictor = b; break;
            case 3: predictor = (a + b) / 2; break;
            case 4: {
                int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
                predictor = (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
                break;
            }
            default: throw std::runtime_error("png: bad filter type");
            }
            row[i] = static_cast<std::uint8_t>(in[i] + predictor);
        }
    }
    return image;
}

}  // namespace test_support
