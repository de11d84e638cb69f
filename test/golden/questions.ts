/**
 * Golden questions, written from the five decision texts the way people type them: diacritics or
 * not, abbreviations, typos, missing spaces, capitals, filler words, English. Each line says what a
 * correct answer is about. Columns: question | intent | status | unitId (or "-") | year (or "-").
 * The same table scores our resolver and the two baselines in `npm run bench`.
 */
export interface GoldenQuestion {
  q: string;
  intent: "rank" | "top" | "trend" | "compare" | "overview" | "help" | "unknown" | "count" | "list" | "average";
  status: "ok" | "ambiguous" | "not_found" | "not_evaluated";
  /** the unit the answer is about (first match), null when the answer is not about one unit */
  unitId: string | null;
  /** the year of the first match, null when any */
  year: number | null;
}

const TABLE = `
Sở Y tế Bắc Ninh xếp thứ mấy? | rank | ok | bac-ninh/so-y-te | 2023
so y te bac ninh xep thu may | rank | ok | bac-ninh/so-y-te | 2023
SỞ Y TẾ BẮC NINH | rank | ok | bac-ninh/so-y-te | 2023
soytebacninh | rank | ok | bac-ninh/so-y-te | 2023
Sở Y tế tỉnh Bắc Ninh đứng thứ bao nhiêu | rank | ok | bac-ninh/so-y-te | 2023
ơi bot ơi, Sở Y tế Bắc Ninh hạng mấy vậy | rank | ok | bac-ninh/so-y-te | 2023
What rank is Bac Ninh's health department? | rank | ok | bac-ninh/so-y-te | 2023
Sở Y tế Bắc Nimh | rank | ok | bac-ninh/so-y-te | 2023
SYT Bắc Ninh | rank | ok | bac-ninh/so-y-te | 2023
Sở Thông tin và Truyền thông Bắc Ninh xếp thứ mấy | rank | ok | bac-ninh/so-thong-tin-truyen-thong | 2023
Sở TT&TT Bắc Ninh | rank | ok | bac-ninh/so-thong-tin-truyen-thong | 2023
STTTT bac ninh | rank | ok | bac-ninh/so-thong-tin-truyen-thong | 2023
Sở TTTT Bắc Ninh đứng thứ mấy | rank | ok | bac-ninh/so-thong-tin-truyen-thong | 2023
Sở Tài chính Bắc Ninh | rank | ok | bac-ninh/so-tai-chinh | 2023
so tai chinh bac ninh bao nhieu diem | rank | ok | bac-ninh/so-tai-chinh | 2023
Sở Tài chính Bắc Ninh xếp loại gì | rank | ok | bac-ninh/so-tai-chinh | 2023
Sở NN&PTNT Bắc Ninh | rank | ok | bac-ninh/so-nong-nghiep-phat-trien-nong-thon | 2023
Sở Nông nghiệp Bắc Ninh | rank | ok | bac-ninh/so-nong-nghiep-phat-trien-nong-thon | 2023
Sở VHTT&DL Bắc Ninh | rank | ok | bac-ninh/so-van-hoa-the-thao-du-lich | 2023
Sở Văn hoá Thể thao và Du lịch Bắc Ninh | rank | ok | bac-ninh/so-van-hoa-the-thao-du-lich | 2023
Sở GD&ĐT Bắc Ninh xếp thứ mấy | rank | ok | bac-ninh/so-giao-duc-dao-tao | 2023
Sở GDĐT Bắc Ninh | rank | ok | bac-ninh/so-giao-duc-dao-tao | 2023
so giao duc bac ninh | rank | ok | bac-ninh/so-giao-duc-dao-tao | 2023
Sở Nội vụ Bắc Ninh | rank | ok | bac-ninh/so-noi-vu | 2023
Sở Nội Vụ Bắc Ninh đứng thứ mấy ạ | rank | ok | bac-ninh/so-noi-vu | 2023
Sở LĐ-TB&XH Bắc Ninh | rank | ok | bac-ninh/so-lao-dong-thuong-binh-xa-hoi | 2023
Sở LĐTBXH Bắc Ninh | rank | ok | bac-ninh/so-lao-dong-thuong-binh-xa-hoi | 2023
Sở KH&CN Bắc Ninh | rank | ok | bac-ninh/so-khoa-hoc-cong-nghe | 2023
Sở Khoa học Bắc Ninh hạng mấy | rank | ok | bac-ninh/so-khoa-hoc-cong-nghe | 2023
Sở Công Thương Bắc Ninh | rank | ok | bac-ninh/so-cong-thuong | 2023
sở công thương bắc ninh xếp loại | rank | ok | bac-ninh/so-cong-thuong | 2023
Ban quản lý an toàn thực phẩm Bắc Ninh | rank | ok | bac-ninh/ban-quan-ly-an-toan-thuc-pham | 2023
BQL ATTP Bắc Ninh | rank | ok | bac-ninh/ban-quan-ly-an-toan-thuc-pham | 2023
BQL các KCN Bắc Ninh | rank | ok | bac-ninh/ban-quan-ly-khu-cong-nghiep | 2023
Ban quản lý khu công nghiệp Bắc Ninh | rank | ok | bac-ninh/ban-quan-ly-khu-cong-nghiep | 2023
Sở Tư pháp Bắc Ninh | rank | ok | bac-ninh/so-tu-phap | 2023
Sở Xây dựng Bắc Ninh | rank | ok | bac-ninh/so-xay-dung | 2023
Sở TN&MT Bắc Ninh | rank | ok | bac-ninh/so-tai-nguyen-moi-truong | 2023
Sở TNMT Bắc Ninh xếp thứ mấy | rank | ok | bac-ninh/so-tai-nguyen-moi-truong | 2023
Sở GTVT Bắc Ninh | rank | ok | bac-ninh/so-giao-thong-van-tai | 2023
Sở Giao thông Bắc Ninh | rank | ok | bac-ninh/so-giao-thong-van-tai | 2023
Sở KH&ĐT Bắc Ninh | rank | ok | bac-ninh/so-ke-hoach-dau-tu | 2023
Sở KHĐT Bắc Ninh đứng cuối à | rank | ok | bac-ninh/so-ke-hoach-dau-tu | 2023
Sở Kế hoạch và Đầu tư Bắc Ninh | rank | ok | bac-ninh/so-ke-hoach-dau-tu | 2023
Thị xã Quế Võ | rank | ok | bac-ninh/que-vo | 2023
TX Quế Võ xếp thứ mấy | rank | ok | bac-ninh/que-vo | 2023
que vo | rank | ok | bac-ninh/que-vo | 2023
TP Từ Sơn | rank | ok | bac-ninh/tu-son | 2023
Từ Sơn | rank | ok | bac-ninh/tu-son | 2023
Thành phố Bắc Ninh xếp thứ mấy | rank | ok | bac-ninh/bac-ninh | 2023
TP. Bắc Ninh | rank | ok | bac-ninh/bac-ninh | 2023
Huyện Tiên Du | rank | ok | bac-ninh/tien-du | 2023
H. Tiên Du | rank | ok | bac-ninh/tien-du | 2023
Tiên Du | rank | ok | bac-ninh/tien-du | 2023
tien du bac ninh | rank | ok | bac-ninh/tien-du | 2023
Lương Tài | rank | ok | bac-ninh/luong-tai | 2023
UBND huyện Lương Tài | rank | ok | bac-ninh/luong-tai | 2023
Yên Phong | rank | ok | bac-ninh/yen-phong | 2023
huyen yen phong bac ninh | rank | ok | bac-ninh/yen-phong | 2023
Gia Bình | rank | ok | bac-ninh/gia-binh | 2023
Thuận Thành | rank | ok | bac-ninh/thuan-thanh | 2023
TX Thuận Thành đứng thứ mấy | rank | ok | bac-ninh/thuan-thanh | 2023
Sở Y tế Bắc Giang xếp thứ mấy? | rank | ok | bac-giang/so-y-te | 2023
so y te bac giang | rank | ok | bac-giang/so-y-te | 2023
Sở Y tế Bắc Giang năm 2021 | rank | ok | bac-giang/so-y-te | 2021
Sở Y tế Bắc Giang 2021 xếp loại gì | rank | ok | bac-giang/so-y-te | 2021
Cổng thông tin Sở Y tế Bắc Giang 2021 | rank | ok | bac-giang/so-y-te | 2021
Sở Văn hóa Bắc Giang | rank | ok | bac-giang/so-van-hoa-the-thao-du-lich | 2023
Sở VHTTDL Bắc Giang 2021 | rank | ok | bac-giang/so-van-hoa-the-thao-du-lich | 2021
Sở Tài chính Bắc Giang | rank | ok | bac-giang/so-tai-chinh | 2023
Sở Tài chính Bắc Giang năm 2021 đứng thứ mấy | rank | ok | bac-giang/so-tai-chinh | 2021
Sở Nội vụ Bắc Giang | rank | ok | bac-giang/so-noi-vu | 2023
Sở TT&TT Bắc Giang | rank | ok | bac-giang/so-thong-tin-truyen-thong | 2023
Sở Thông tin Truyền thông Bắc Giang 2021 | rank | ok | bac-giang/so-thong-tin-truyen-thong | 2021
Sở KH&ĐT Bắc Giang | rank | ok | bac-giang/so-ke-hoach-dau-tu | 2023
Sở Xây dựng Bắc Giang | rank | ok | bac-giang/so-xay-dung | 2023
Sở Xay dung Bac Giang | rank | ok | bac-giang/so-xay-dung | 2023
VP UBND tỉnh Bắc Giang | rank | ok | bac-giang/van-phong-uy-ban-nhan-dan | 2023
Văn phòng UBND Bắc Giang xếp thứ mấy | rank | ok | bac-giang/van-phong-uy-ban-nhan-dan | 2023
Sở GD&ĐT Bắc Giang | rank | ok | bac-giang/so-giao-duc-dao-tao | 2023
Sở Giáo dục và Đào tạo Bắc Giang 2021 | rank | ok | bac-giang/so-giao-duc-dao-tao | 2021
Sở NN&PTNT Bắc Giang | rank | ok | bac-giang/so-nong-nghiep-phat-trien-nong-thon | 2023
Sở KH&CN Bắc Giang | rank | ok | bac-giang/so-khoa-hoc-cong-nghe | 2023
BQL các KCN Bắc Giang | rank | ok | bac-giang/ban-quan-ly-khu-cong-nghiep | 2023
Ban Quản lý các Khu công nghiệp Bắc Giang | rank | ok | bac-giang/ban-quan-ly-khu-cong-nghiep | 2023
Sở Ngoại vụ Bắc Giang | rank | ok | bac-giang/so-ngoai-vu | 2023
So ngoai vu Bac Giang | rank | ok | bac-giang/so-ngoai-vu | 2023
Sở Tư pháp Bắc Giang | rank | ok | bac-giang/so-tu-phap | 2023
Sở LĐ-TB&XH Bắc Giang | rank | ok | bac-giang/so-lao-dong-thuong-binh-xa-hoi | 2023
Sở Lao động Bắc Giang | rank | ok | bac-giang/so-lao-dong-thuong-binh-xa-hoi | 2023
Sở Công thương Bắc Giang | rank | ok | bac-giang/so-cong-thuong | 2023
Sở TN&MT Bắc Giang | rank | ok | bac-giang/so-tai-nguyen-moi-truong | 2023
Sở Tài nguyên Bắc Giang xếp thứ mấy | rank | ok | bac-giang/so-tai-nguyen-moi-truong | 2023
Ban Dân tộc Bắc Giang | rank | ok | bac-giang/ban-dan-toc | 2023
Thanh tra tỉnh Bắc Giang | rank | ok | bac-giang/thanh-tra | 2023
Thanh tra Bắc Giang 2021 | rank | ok | bac-giang/thanh-tra | 2021
Sở GTVT Bắc Giang | rank | ok | bac-giang/so-giao-thong-van-tai | 2023
Thành phố Bắc Giang | rank | ok | bac-giang/bac-giang | 2023
TP Bắc Giang xếp thứ mấy | rank | ok | bac-giang/bac-giang | 2023
UBND thành phố Bắc Giang 2021 | rank | ok | bac-giang/bac-giang | 2021
Việt Yên | rank | ok | bac-giang/viet-yen | 2023
Huyện Việt Yên xếp thứ mấy | rank | ok | bac-giang/viet-yen | 2023
viet yen | rank | ok | bac-giang/viet-yen | 2023
VIỆT YÊN | rank | ok | bac-giang/viet-yen | 2023
Việt Yên năm 2021 | rank | ok | bac-giang/viet-yen | 2021
Lục Nam | rank | ok | bac-giang/luc-nam | 2023
Huyện Lục Nam hạng mấy | rank | ok | bac-giang/luc-nam | 2023
Lục Ngạn | rank | ok | bac-giang/luc-ngan | 2023
luc ngan | rank | ok | bac-giang/luc-ngan | 2023
Hiệp Hòa | rank | ok | bac-giang/hiep-hoa | 2023
Hiệp Hoà | rank | ok | bac-giang/hiep-hoa | 2023
hiep hoa bac giang 2021 | rank | ok | bac-giang/hiep-hoa | 2021
Yên Dũng | rank | ok | bac-giang/yen-dung | 2023
Tân Yên | rank | ok | bac-giang/tan-yen | 2023
Yên Thế | rank | ok | bac-giang/yen-the | 2023
Huyện Yên Thế xếp thứ mấy | rank | ok | bac-giang/yen-the | 2023
Lạng Giang | rank | ok | bac-giang/lang-giang | 2023
Sơn Động | rank | ok | bac-giang/son-dong | 2023
son dong | rank | ok | bac-giang/son-dong | 2023
Sở Công Thương Cao Bằng | rank | ok | cao-bang/so-cong-thuong | 2022
Sở Tài chính Cao Bằng | rank | ok | cao-bang/so-tai-chinh | 2022
Ban Dân tộc Cao Bằng | rank | ok | cao-bang/ban-dan-toc | 2022
Sở TT&TT Cao Bằng | rank | ok | cao-bang/so-thong-tin-truyen-thong | 2022
STTTT Cao Bằng | rank | ok | cao-bang/so-thong-tin-truyen-thong | 2022
Sở KH&CN Cao Bằng | rank | ok | cao-bang/so-khoa-hoc-cong-nghe | 2022
Sở Nội vụ Cao Bằng | rank | ok | cao-bang/so-noi-vu | 2022
Sở Lao động Thương binh Xã hội Cao Bằng | rank | ok | cao-bang/so-lao-dong-thuong-binh-xa-hoi | 2022
VP UBND Cao Bằng | rank | ok | cao-bang/van-phong-uy-ban-nhan-dan | 2022
Sở GD&ĐT Cao Bằng | rank | ok | cao-bang/so-giao-duc-dao-tao | 2022
Sở NN&PTNT Cao Bằng | rank | ok | cao-bang/so-nong-nghiep-phat-trien-nong-thon | 2022
Thanh tra tỉnh Cao Bằng | rank | ok | cao-bang/thanh-tra | 2022
Ban Quản lý khu kinh tế Cao Bằng | rank | ok | cao-bang/ban-quan-ly-khu-kinh-te | 2022
BQL KKT Cao Bằng | rank | ok | cao-bang/ban-quan-ly-khu-kinh-te | 2022
Sở VHTT&DL Cao Bằng | rank | ok | cao-bang/so-van-hoa-the-thao-du-lich | 2022
Sở TN&MT Cao Bằng | rank | ok | cao-bang/so-tai-nguyen-moi-truong | 2022
Sở Y tế Cao Bằng | rank | ok | cao-bang/so-y-te | 2022
so y te cao bang | rank | ok | cao-bang/so-y-te | 2022
Sở Ngoại vụ Cao Bằng | rank | ok | cao-bang/so-ngoai-vu | 2022
Sở KH&ĐT Cao Bằng | rank | ok | cao-bang/so-ke-hoach-dau-tu | 2022
Sở Tư pháp Cao Bằng | rank | ok | cao-bang/so-tu-phap | 2022
Sở GTVT Cao Bằng | rank | ok | cao-bang/so-giao-thong-van-tai | 2022
Sở Xây dựng Cao Bằng | rank | ok | cao-bang/so-xay-dung | 2022
Thành phố Cao Bằng | rank | ok | cao-bang/cao-bang | 2022
TP Cao Bằng | rank | ok | cao-bang/cao-bang | 2022
Bảo Lạc | rank | ok | cao-bang/bao-lac | 2022
Huyện Bảo Lạc xếp thứ mấy | rank | ok | cao-bang/bao-lac | 2022
Bảo Lâm | rank | ok | cao-bang/bao-lam | 2022
Nguyên Bình | rank | ok | cao-bang/nguyen-binh | 2022
Hòa An | rank | ok | cao-bang/hoa-an | 2022
Hoà An Cao Bằng | rank | ok | cao-bang/hoa-an | 2022
Hà Quảng | rank | ok | cao-bang/ha-quang | 2022
Thạch An | rank | ok | cao-bang/thach-an | 2022
Trùng Khánh | rank | ok | cao-bang/trung-khanh | 2022
Hạ Lang | rank | ok | cao-bang/ha-lang | 2022
Quảng Hòa Cao Bằng | rank | not_evaluated | cao-bang/quang-hoa | 2022
Huyện Quảng Hoà xếp thứ mấy | rank | not_evaluated | cao-bang/quang-hoa | 2022
Sở GD&ĐT Hưng Yên | rank | ok | hung-yen/so-giao-duc-dao-tao | 2023
Sở TT&TT Hưng Yên | rank | ok | hung-yen/so-thong-tin-truyen-thong | 2023
Sở NN&PTNT Hưng Yên | rank | ok | hung-yen/so-nong-nghiep-phat-trien-nong-thon | 2023
Sở KH&CN Hưng Yên | rank | ok | hung-yen/so-khoa-hoc-cong-nghe | 2023
Sở Tài chính Hưng Yên | rank | ok | hung-yen/so-tai-chinh | 2023
Sở Tàichính Hưng Yên | rank | ok | hung-yen/so-tai-chinh | 2023
Sở Công Thương Hưng Yên | rank | ok | hung-yen/so-cong-thuong | 2023
Sở Nội vụ Hưng Yên | rank | ok | hung-yen/so-noi-vu | 2023
Sở LĐ-TB&XH Hưng Yên | rank | ok | hung-yen/so-lao-dong-thuong-binh-xa-hoi | 2023
Sở Y tế Hưng Yên | rank | ok | hung-yen/so-y-te | 2023
SỞ Y TẾ HƯNG YÊN XẾP THỨ MẤY | rank | ok | hung-yen/so-y-te | 2023
Sở VHTT&DL Hưng Yên | rank | ok | hung-yen/so-van-hoa-the-thao-du-lich | 2023
BQL các KCN Hưng Yên | rank | ok | hung-yen/ban-quan-ly-khu-cong-nghiep | 2023
Sở Tư pháp Hưng Yên | rank | ok | hung-yen/so-tu-phap | 2023
Sở GTVT Hưng Yên | rank | ok | hung-yen/so-giao-thong-van-tai | 2023
Sở Xây dựng Hưng Yên | rank | ok | hung-yen/so-xay-dung | 2023
Sở TNMT Hưng Yên | rank | ok | hung-yen/so-tai-nguyen-moi-truong | 2023
Sở KHĐT Hưng Yên | rank | ok | hung-yen/so-ke-hoach-dau-tu | 2023
Văn phòng UBND tỉnh Hưng Yên | rank | ok | hung-yen/van-phong-uy-ban-nhan-dan | 2023
VP UBND Hưng Yên | rank | ok | hung-yen/van-phong-uy-ban-nhan-dan | 2023
Văn phòng Đoàn ĐBQH và HĐND tỉnh Hưng Yên | rank | ok | hung-yen/van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan | 2023
Ban Quản lý khu đại học Phó Hiến | rank | ok | hung-yen/ban-quan-ly-khu-dai-hoc-pho-hien | 2023
Phó Hiến | rank | ok | hung-yen/ban-quan-ly-khu-dai-hoc-pho-hien | 2023
Thanh tra tỉnh Hưng Yên | rank | ok | hung-yen/thanh-tra | 2023
Thành phố Hưng Yên | rank | ok | hung-yen/hung-yen | 2023
TP Hưng Yên xếp thứ mấy | rank | ok | hung-yen/hung-yen | 2023
Mỹ Hào | rank | ok | hung-yen/my-hao | 2023
TX Mỹ Hào | rank | ok | hung-yen/my-hao | 2023
Khoái Châu | rank | ok | hung-yen/khoai-chau | 2023
khoai chau | rank | ok | hung-yen/khoai-chau | 2023
Kim Động | rank | ok | hung-yen/kim-dong | 2023
Yên Mỹ | rank | ok | hung-yen/yen-my | 2023
Ân Thi | rank | ok | hung-yen/an-thi | 2023
Văn Lâm | rank | ok | hung-yen/van-lam | 2023
Tiên Lữ | rank | ok | hung-yen/tien-lu | 2023
Huyện Tiên Lữ đứng thứ mấy | rank | ok | hung-yen/tien-lu | 2023
tien lu | rank | ok | hung-yen/tien-lu | 2023
Văn Giang | rank | ok | hung-yen/van-giang | 2023
Phù Cừ | rank | ok | hung-yen/phu-cu | 2023
huyen phu cu | rank | ok | hung-yen/phu-cu | 2023
Sở Y tế | rank | ambiguous | - | -
Sở Tài chính xếp thứ mấy | rank | ambiguous | - | -
Sở TT&TT | rank | ambiguous | - | -
Thanh tra tỉnh | rank | ambiguous | - | -
Sở Y tế Hà Nội | unknown | not_found | - | -
Sở Y tế Thái Bình | unknown | not_found | - | -
Sở Tài chính Đà Nẵng xếp thứ mấy | unknown | not_found | - | -
Huyện Đông Anh Hà Nội | unknown | not_found | - | -
Sở Y tế TP HCM | unknown | not_found | - | -
An toàn thông tin của Sở Y tế Bắc Giang | rank | ok | bac-giang/so-y-te | 2023
điểm an toàn thông tin Sở Y tế Bắc Ninh | rank | ok | bac-ninh/so-y-te | 2023
Nhận thức số của Sở Tài chính Hưng Yên | rank | ok | hung-yen/so-tai-chinh | 2023
Hạ tầng số Huyện Việt Yên | rank | ok | bac-giang/viet-yen | 2023
chinh quyen so cua so noi vu cao bang | rank | ok | cao-bang/so-noi-vu | 2022
Sở Y tế Bắc Ninh được bao nhiêu điểm | rank | ok | bac-ninh/so-y-te | 2023
Sở Y tế Bắc Ninh xếp loại gì | rank | ok | bac-ninh/so-y-te | 2023
How many points did Cao Bang's finance department score? | rank | ok | cao-bang/so-tai-chinh | 2022
top 5 sở Hưng Yên | top | ok | hung-yen/so-giao-duc-dao-tao | 2023
top 3 huyện Bắc Ninh | top | ok | bac-ninh/que-vo | 2023
sở nào đứng đầu Bắc Giang | top | ok | bac-giang/so-tai-nguyen-moi-truong | 2023
huyện nào đứng cuối Bắc Giang | top | ok | bac-giang/son-dong | 2023
huyện nào thấp nhất Cao Bằng | top | ok | cao-bang/ha-lang | 2022
top 3 sở Bắc Giang năm 2021 | top | ok | bac-giang/so-y-te | 2021
Top 5 departments in Hung Yen | top | ok | hung-yen/so-giao-duc-dao-tao | 2023
Which district is last in Bac Giang? | top | ok | bac-giang/son-dong | 2023
Việt Yên 2021 so với 2023 | trend | ok | bac-giang/viet-yen | 2021
Sở Y tế Bắc Giang tăng hay giảm | trend | ok | bac-giang/so-y-te | 2021
Sở Tài chính Bắc Giang qua các năm | trend | ok | bac-giang/so-tai-chinh | 2021
Bắc Giang 2021 so với 2023 | trend | ok | - | 2021
Lục Ngạn thay đổi thế nào | trend | ok | bac-giang/luc-ngan | 2021
So sánh Sở Tài chính và Sở Y tế Cao Bằng | compare | ok | cao-bang/so-tai-chinh | 2022
Sở Y tế Bắc Ninh so với Sở Tài chính Bắc Ninh | compare | ok | bac-ninh/so-y-te | 2023
Tiên Du vs Từ Sơn | compare | ok | bac-ninh/tien-du | 2023
Sở Y tế Bắc Ninh so với Sở Y tế Hưng Yên | compare | ok | bac-ninh/so-y-te | 2023
Bắc Giang | overview | ok | - | 2023
tổng quan Hưng Yên | overview | ok | - | 2023
Cao Bằng | overview | ok | - | 2022
kết quả chuyển đổi số tỉnh Bắc Ninh | overview | ok | - | 2023
help | help | ok | - | -
/help | help | ok | - | -
hướng dẫn | help | ok | - | -
`;

/**
 * The kinds of question beyond "unit X: what rank?" (issue 9): superlatives and positions, counts,
 * lists by grade, threshold or average, averages, orderings by a component, comparisons of two or
 * three units, overviews, small talk, years and units the data do not hold, today's names, the 2025
 * departments, the national table and keystrokes of a switched-off Vietnamese keyboard.
 */
const QUESTION_MODEL = `
huyện nào xếp nhất Hưng Yên năm 2023 | top | ok | hung-yen/hung-yen | 2023
Which Hung Yen district came first? | top | ok | hung-yen/hung-yen | 2023
huyện nào nhất Bắc Giang năm 2023 | top | ok | bac-giang/bac-giang | 2023
sở nào dẫn đầu Cao Bằng | top | ok | cao-bang/so-cong-thuong | 2022
ai đứng cuối khối huyện Bắc Ninh | top | ok | bac-ninh/thuan-thanh | 2023
so nao thap diem nhat bac ninh | top | ok | bac-ninh/so-ke-hoach-dau-tu | 2023
which department is at the bottom in Cao Bang | top | ok | cao-bang/so-xay-dung | 2022
đơn vị thứ 4 khối sở Hưng Yên là ai | rank | ok | hung-yen/so-khoa-hoc-cong-nghe | 2023
ai xếp thứ 3 khối huyện Bắc Giang | rank | ok | bac-giang/lang-giang | 2023
huyện đứng thứ hai Cao Bằng | rank | ok | cao-bang/bao-lac | 2022
áp chót khối huyện Bắc Giang là ai | rank | ok | bac-giang/yen-dung | 2023
huyện áp chót Bắc Ninh | rank | ok | bac-ninh/gia-binh | 2023
đội sổ khối sở Bắc Giang | top | ok | bac-giang/ban-dan-toc | 2023
huyện nào cuối bảng Hưng Yên | top | ok | hung-yen/phu-cu | 2023
who ranked 2nd among Bac Ninh districts | rank | ok | bac-ninh/tu-son | 2023
có bao nhiêu sở xếp loại xuất sắc ở Bắc Ninh | count | ok | bac-ninh/so-thong-tin-truyen-thong | 2023
Cao Bằng có bao nhiêu huyện được xếp hạng | count | ok | cao-bang/cao-bang | 2022
bao nhiêu huyện Bắc Ninh đạt loại tốt | count | ok | bac-ninh/tu-son | 2023
how many Bac Ninh departments were rated excellent | count | ok | bac-ninh/so-thong-tin-truyen-thong | 2023
co may so dat tren 700 diem o cao bang | count | ok | cao-bang/so-cong-thuong | 2022
có bao nhiêu huyện cao hơn trung bình khối ở Hưng Yên | count | ok | hung-yen/hung-yen | 2023
những sở nào xếp loại kém ở Bắc Ninh | list | ok | bac-ninh/so-tai-nguyen-moi-truong | 2023
liệt kê các huyện Hưng Yên xếp loại trung bình | list | ok | hung-yen/van-giang | 2023
huyện nào trên 700 điểm ở Bắc Ninh | list | ok | bac-ninh/que-vo | 2023
các sở Cao Bằng dưới 600 điểm | list | ok | cao-bang/so-giao-thong-van-tai | 2022
sở nào trên mức trung bình ở Bắc Ninh | list | ok | bac-ninh/so-thong-tin-truyen-thong | 2023
districts in Cao Bang below average | list | ok | cao-bang/ha-quang | 2022
trung bình điểm các huyện Bắc Ninh | average | ok | bac-ninh/que-vo | 2023
điểm trung bình khối sở Hưng Yên | average | ok | hung-yen/so-giao-duc-dao-tao | 2023
average score of Cao Bang departments | average | ok | cao-bang/so-cong-thuong | 2022
binh quan diem cac huyen bac giang | average | ok | bac-giang/bac-giang | 2023
huyện nào an toàn thông tin tốt nhất Hưng Yên | top | ok | hung-yen/khoai-chau | 2023
sở nào nhận thức số cao nhất Bắc Ninh | top | ok | - | 2023
top 3 huyện Cao Bằng về hạ tầng số | top | ok | - | 2022
xếp các sở Bắc Giang theo thể chế số | top | ok | - | 2023
which district has the best digital economy in Bac Ninh | top | ok | - | 2023
Sở Nội vụ với Sở Tư pháp Hưng Yên ai cao hơn | compare | ok | hung-yen/so-noi-vu | 2023
Quế Võ hay Tiên Du | compare | ok | bac-ninh/que-vo | 2023
Sở Y tế Bắc Giang so với Sở Y tế Cao Bằng | compare | ok | bac-giang/so-y-te | 2023
Yên Mỹ vs Văn Lâm | compare | ok | hung-yen/yen-my | 2023
compare Khoai Chau and Kim Dong | compare | ok | hung-yen/khoai-chau | 2023
Tien Du or Tu Son | compare | ok | bac-ninh/tien-du | 2023
Lục Nam, Lục Ngạn và Sơn Động | compare | ok | bac-giang/luc-nam | 2023
tình hình chuyển đổi số Bắc Giang thế nào | overview | ok | - | 2023
tóm tắt kết quả Cao Bằng | overview | ok | - | 2022
Hưng Yên có gì nổi bật | overview | ok | - | 2023
How is Bac Ninh doing? | overview | ok | - | 2023
chào bạn | help | ok | - | -
cảm ơn nhé | help | ok | - | -
thanks a lot | help | ok | - | -
bạn là ai vậy | help | ok | - | -
Top huyện Bắc Ninh 2019 | top | not_found | - | -
Sở Y tế Hưng Yên năm 2020 | rank | not_found | - | -
tổng quan Cao Bằng 2023 | overview | ok | - | 2022
Bộ Tài chính xếp hạng bao nhiêu | rank | not_found | - | -
huyện Đông Anh đứng thứ mấy | rank | not_found | - | -
Sở Y tế Lạng Sơn | unknown | not_found | - | -
huyện Lạng Giang tỉnh Bắc Ninh | rank | ok | bac-giang/lang-giang | 2023
Huyện Hiệp Hòa tỉnh Bắc Ninh xếp thứ mấy | rank | ok | bac-giang/hiep-hoa | 2023
Sở Nông nghiệp và Môi trường Bắc Ninh | rank | ok | bac-ninh/so-nong-nghiep-phat-trien-nong-thon | 2023
so nong nghiep va moi truong hung yen | rank | ok | hung-yen/so-nong-nghiep-phat-trien-nong-thon | 2023
Sở Dân tộc và Tôn giáo Bắc Giang | rank | ok | bac-giang/ban-dan-toc | 2023
Sở Nông nghiệp và Môi trường | rank | ambiguous | - | -
Bắc Ninh xếp thứ mấy cả nước? | rank | ok | viet-nam/bac-ninh | 2022
tỉnh nào dẫn đầu DTI 2022 | top | ok | viet-nam/da-nang | 2022
top 10 tỉnh | top | ok | viet-nam/da-nang | 2022
Đà Nẵng DTI bao nhiêu | rank | ok | viet-nam/da-nang | 2022
tỉnh nào đứng cuối cả nước | top | ok | viet-nam/bac-kan | 2022
Sowr Y tees Bawcs Ninh | rank | ok | bac-ninh/so-y-te | 2023
So73 y te61 Hu7ng Yen | rank | ok | hung-yen/so-y-te | 2023
đứng nhì khối huyện Bắc Ninh là ai | rank | ok | bac-ninh/tu-son | 2023
ai xếp chót khối sở Hưng Yên | top | ok | hung-yen/so-ke-hoach-dau-tu | 2023
ba huyện đứng đầu Cao Bằng | top | ok | cao-bang/cao-bang | 2022
5 sở thấp điểm nhất Bắc Giang | top | ok | bac-giang/ban-dan-toc | 2023
Hưng Yên có bao nhiêu sở | count | ok | hung-yen/so-giao-duc-dao-tao | 2023
Sở Y tế Bắc Ninh và Hưng Yên | compare | ok | bac-ninh/so-y-te | 2023
Sở Xây dựng Bắc Ninh hiện nay | rank | ok | bac-ninh/so-xay-dung | 2023
Sở Dân tộc Tôn giáo Bắc Giang | rank | ok | bac-giang/ban-dan-toc | 2023
top 3 xã Bắc Ninh | top | not_found | - | -
Which province leads the national DTI ranking? | top | ok | viet-nam/da-nang | 2022
where does Bac Ninh rank nationally | rank | ok | viet-nam/bac-ninh | 2022
so sánh Bắc Ninh với Bắc Giang | compare | ok | viet-nam/bac-ninh | 2022
có bao nhiêu tỉnh trên 0,6 điểm | count | ok | viet-nam/da-nang | 2022
Is Tien Du better than Tu Son? | compare | ok | bac-ninh/tien-du | 2023
How many districts in Bac Giang? | count | ok | bac-giang/bac-giang | 2023
second best department in Bac Giang | rank | ok | bac-giang/so-xay-dung | 2023
rank Hung Yen districts by digital society | top | ok | hung-yen/hung-yen | 2023
the department of home affairs in Bac Ninh now | rank | ok | bac-ninh/so-noi-vu | 2023
Bac Ninh agriculture and environment department | rank | ok | bac-ninh/so-nong-nghiep-phat-trien-nong-thon | 2023
hi there | help | ok | - | -
`;

export const GOLDEN: GoldenQuestion[] = [TABLE, QUESTION_MODEL]
  .flatMap((t) => t.trim().split("\n"))
  .map((line) => {
    const [q, intent, status, unitId, year] = line.split(" | ").map((c) => c.trim());
    return {
      q: q!,
      intent: intent as GoldenQuestion["intent"],
      status: status as GoldenQuestion["status"],
      unitId: unitId === "-" ? null : unitId!,
      year: year === "-" ? null : Number(year),
    };
  });
