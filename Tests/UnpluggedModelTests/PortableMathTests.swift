import Foundation
import Testing
import UnpluggedModel

/// Whether `value` is within `ulps` units in the last place of `expected`.
private func close(_ value: Double, _ expected: Double, ulps: Double = 4) -> Bool {
    abs(value - expected) <= ulps * expected.ulp
}

@Suite("Portable math: the same bits on every machine, within a few units in the last place of the true value")
struct PortableMathTests {
    @Test("log of known values")
    func log() {
        #expect(PortableMath.log(1) == 0)
        #expect(close(PortableMath.log(2), 0.693_147_180_559_945_309_417_232))
        #expect(close(PortableMath.log(10), 2.302_585_092_994_045_684_017_991))
        #expect(close(PortableMath.log(M_E), 1))
        #expect(close(PortableMath.log(1e-300), -690.775_527_898_213_705_205_397))
    }

    @Test("log2 of known values: exact for powers of two")
    func log2() {
        #expect(PortableMath.log2(1) == 0)
        #expect(PortableMath.log2(2) == 1 && PortableMath.log2(0.5) == -1 && PortableMath.log2(1024) == 10)
        #expect(PortableMath.log2(0x1p-1000) == -1000)
        #expect(close(PortableMath.log2(3), 1.584_962_500_721_156_181_453_738))
        #expect(close(PortableMath.log2(10), 3.321_928_094_887_362_347_870_319))
        #expect(close(PortableMath.log2(0.3), -1.736_965_594_166_206_219_807_022))
        #expect(close(PortableMath.log2(1e-300), -996.578_428_466_208_704_324_943))
    }

    @Test("exp of known values; 0 below the smallest Double")
    func exp() {
        #expect(PortableMath.exp(0) == 1)
        #expect(close(PortableMath.exp(1), 2.718_281_828_459_045_235_360_287))
        #expect(close(PortableMath.exp(-1), 0.367_879_441_171_442_321_595_523))
        #expect(close(PortableMath.exp(10), 22_026.465_794_806_716_516_957_90))
        #expect(PortableMath.exp(-800) == 0)
    }

    @Test("pow of known values, among them the luminance of a mid channel")
    func pow() {
        #expect(close(PortableMath.pow(2, 10), 1024))
        #expect(close(PortableMath.pow(0.5, 2.4), 0.189_464_570_813_799_760_293_407))
        #expect(close(PortableMath.pow((0.5 + 0.055) / 1.055, 2.4), 0.214_041_140_482_232_442_403_080))
        #expect(close(PortableMath.pow(9, 0.5), 3))
    }

    @Test("sin and cos of known values, of angles around the circle, and of negative angles")
    func sinAndCos() {
        #expect(PortableMath.sin(0) == 0 && PortableMath.cos(0) == 1)
        #expect(PortableMath.sin(Double.pi / 2) == 1 && PortableMath.cos(Double.pi) == -1)
        #expect(close(PortableMath.sin(Double.pi / 6), 0.5))
        #expect(close(PortableMath.cos(Double.pi / 3), 0.5))
        let known: [(angle: Double, sin: Double, cos: Double)] = [
            (0.5, 0.479_425_538_604_203_000_273_287_935, 0.877_582_561_890_372_716_116_281_583),
            (1, 0.841_470_984_807_896_506_652_502_322, 0.540_302_305_868_139_717_400_936_607),
            (-2.5, -0.598_472_144_103_956_494_051_854_702, -0.801_143_615_546_933_714_833_502_790),
            (100, -0.506_365_641_109_758_793_656_557_610, 0.862_318_872_287_683_934_101_938_514),
            (1000, 0.826_879_540_532_002_560_255_887_429, 0.562_379_076_290_702_991_078_249_227),
        ]
        for (angle, sine, cosine) in known {
            #expect(close(PortableMath.sin(angle), sine), "sin \(angle)")
            #expect(close(PortableMath.cos(angle), cosine), "cos \(angle)")
        }
        for angle in stride(from: -0.5, through: 0.5, by: 0.125) {
            #expect(PortableMath.sin(-angle) == -PortableMath.sin(angle) && PortableMath.cos(-angle) == PortableMath.cos(angle))
        }
    }

    @Test("all six agree with the C library to 1e-15 over the ranges the lesson uses")
    func againstTheCLibrary() {
        for step in 0...1000 {
            let angle = -7 + 14 * Double(step) / 1000
            #expect(abs(PortableMath.sin(angle) - Foundation.sin(angle)) <= 1e-15, "sin \(angle)")
            #expect(abs(PortableMath.cos(angle) - Foundation.cos(angle)) <= 1e-15, "cos \(angle)")
            let channel = Double(step) / 1000 + 0.001
            #expect(abs(PortableMath.pow(channel, 2.4) - Foundation.pow(channel, 2.4)) <= 1e-15, "pow \(channel)")
            #expect(abs(PortableMath.log(channel * 1000) - Foundation.log(channel * 1000)) <= 1e-14, "log \(channel * 1000)")
            #expect(abs(PortableMath.log2(channel * 1000) - Foundation.log2(channel * 1000)) <= 1e-14, "log2 \(channel * 1000)")
            let exponent = -20 + 40 * Double(step) / 1000
            #expect(abs(PortableMath.exp(exponent) - Foundation.exp(exponent)) <= 1e-14 * Foundation.exp(exponent), "exp \(exponent)")
        }
    }
}
